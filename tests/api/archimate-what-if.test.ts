// What-ifs on an ArchiMate store on the embedded store.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openLadybugStore } from '../../server/src/store/ladybug/open-ladybug.js';
import { archimateWhatIfSuite } from './archimate-what-if-suite.js';

archimateWhatIfSuite('LadybugDB', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-archimate-what-if-'));
  return {
    open: (metamodel) => openLadybugStore(path.join(dir, 'graph.lbug'), { metamodel }),
    dispose: async () => fs.rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 }),
  };
});
