// The GraphQL API on the embedded store.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openLadybugStore } from '../../server/src/store/ladybug/open-ladybug.js';
import { answersSuite } from './answers-suite.js';
import { apiSuite } from './api-suite.js';
import { apiStyleSuite } from './api-style-suite.js';

apiSuite('LadybugDB', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-api-'));
  const store = await openLadybugStore(path.join(dir, 'graph.lbug'));
  return {
    store,
    close: async () => {
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    },
  };
});

answersSuite('LadybugDB', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-api-'));
  const store = await openLadybugStore(path.join(dir, 'graph.lbug'));
  return {
    store,
    close: async () => {
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    },
  };
});

apiStyleSuite('LadybugDB', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-api-style-'));
  const store = await openLadybugStore(path.join(dir, 'graph.lbug'));
  return {
    store,
    close: async () => {
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    },
  };
});
