// The data-quality query on a real Neo4j 5 (started by tests/neo4j/global-setup.ts).
import { describe, inject, it } from 'vitest';
import { openNeo4jStore } from '../../server/src/store/neo4j/open-neo4j.js';
import { qualitySuite } from './quality-suite.js';

const target = inject('neo4j');

if ('skip' in target) {
  describe.skip(`data quality over HTTP: Neo4j (${target.skip})`, () => {
    it('needs Neo4j', () => undefined);
  });
} else {
  qualitySuite('Neo4j', async () => {
    const store = await openNeo4jStore(target);
    return { store, close: () => store.close() };
  });
}
