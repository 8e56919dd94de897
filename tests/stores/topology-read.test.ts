// exportTopology's consistency under concurrent writes, on the embedded store.
import type { CypherGraphStore } from '../../server/src/store/cypher/cypher-store.js';
import { openTempStore } from '../fixtures/test-server.js';
import { topologyReadSuite } from './topology-read-suite.js';

topologyReadSuite('LadybugDB', async () => {
  const temp = await openTempStore({ prefix: 'explorer-topology-' });
  return { store: temp.store as CypherGraphStore, close: temp.close };
});
