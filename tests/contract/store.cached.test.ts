// The storage contract on LadybugDB behind the read cache, with its snapshot read up front, so
// that reads after the contract's writes come from memory: the snapshot must answer exactly as
// the store does (writes made behind its back, through the session, send reads to the store).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ladybugDialect } from '../../server/src/store/cypher/dialect.js';
import { CypherGraphStore } from '../../server/src/store/cypher/cypher-store.js';
import { openLadybugStore } from '../../server/src/store/ladybug/open-ladybug.js';
import { CachedGraphStore } from '../../server/src/store/read-cache/cached-store.js';
import { archimateContract } from './archimate-contract.js';
import { storeContract } from './store-contract.js';

storeContract('LadybugDB behind the read cache', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-contract-'));
  const inner = (await openLadybugStore(path.join(dir, 'graph.lbug'))) as CypherGraphStore;
  const store = new CachedGraphStore(inner);
  await store.warm();
  return {
    store,
    session: inner.session,
    dialect: ladybugDialect,
    close: async () => {
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    },
  };
});

archimateContract('LadybugDB behind the read cache', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-contract-archimate-'));
  return {
    open: async (metamodel) => {
      const store = new CachedGraphStore(await openLadybugStore(path.join(dir, 'graph.lbug'), { metamodel }));
      await store.warm();
      return store;
    },
    dispose: async () => fs.rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 }),
  };
});
