// exportTopology's consistency under concurrent writes, on Neo4j.
import { describe, inject, it } from 'vitest';
import type { CypherGraphStore } from '../../server/src/store/cypher/cypher-store.js';
import { openNeo4jStore } from '../../server/src/store/neo4j/open-neo4j.js';
import { topologyReadSuite } from './topology-read-suite.js';

const target = inject('neo4j');

if ('skip' in target) {
  describe.skip(`exportTopology under concurrent writes: Neo4j (${target.skip})`, () => {
    it('needs Neo4j', () => undefined);
  });
} else {
  topologyReadSuite('Neo4j', async () => {
    const store = (await openNeo4jStore(target)) as CypherGraphStore;
    return { store, close: () => store.close() };
  });
}
