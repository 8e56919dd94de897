// The store-backed ArchiMate round trip on the embedded store.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openLadybugStore } from '../../server/src/store/ladybug/open-ladybug.js';
import { archimateStoreRoundTrip } from './archimate-store-round-trip.js';

archimateStoreRoundTrip('LadybugDB', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-archimate-round-trip-'));
  return {
    open: (metamodel) => openLadybugStore(path.join(dir, 'graph.lbug'), { metamodel }),
    dispose: async () => fs.rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 }),
  };
});
