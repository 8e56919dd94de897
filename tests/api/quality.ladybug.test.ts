// The data-quality query on the embedded store.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openLadybugStore } from '../../server/src/store/ladybug/open-ladybug.js';
import { qualitySuite } from './quality-suite.js';

qualitySuite('LadybugDB', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-quality-'));
  const store = await openLadybugStore(path.join(dir, 'graph.lbug'));
  return {
    store,
    close: async () => {
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    },
  };
});
