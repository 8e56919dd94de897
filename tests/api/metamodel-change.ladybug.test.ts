// changeMetamodel applied on the embedded store, in its own temporary folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openLadybugStore } from '../../server/src/store/ladybug/open-ladybug.js';
import { metamodelChangeSuite } from './metamodel-change-suite.js';

metamodelChangeSuite('LadybugDB', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-metamodel-change-'));
  const file = path.join(dir, 'graph.lbug');
  return {
    open: (metamodel) => openLadybugStore(file, metamodel ? { metamodel } : {}),
    dispose: async () => fs.rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 }),
  };
});
