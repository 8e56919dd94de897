// The storage contract on the embedded LadybugDB store, in a fresh temporary file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ladybugDialect } from '../../server/src/store/cypher/dialect.js';
import { CypherGraphStore } from '../../server/src/store/cypher/cypher-store.js';
import { openLadybugStore } from '../../server/src/store/ladybug/open-ladybug.js';
import { archimateContract } from './archimate-contract.js';
import { storeContract } from './store-contract.js';

storeContract('LadybugDB', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-contract-'));
  const store = (await openLadybugStore(path.join(dir, 'graph.lbug'))) as CypherGraphStore;
  return {
    store,
    session: store.session,
    dialect: ladybugDialect,
    close: async () => {
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    },
  };
});

archimateContract('LadybugDB', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-contract-archimate-'));
  return {
    open: (metamodel) => openLadybugStore(path.join(dir, 'graph.lbug'), { metamodel }),
    dispose: async () => fs.rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 }),
  };
});
