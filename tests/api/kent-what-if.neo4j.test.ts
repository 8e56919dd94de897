// What-ifs on the Kent dataset through GraphQL, on a real Neo4j 5 (tests/neo4j/global-setup.ts).
import { describe, inject, it } from 'vitest';
import { openNeo4jStore } from '../../server/src/store/neo4j/open-neo4j.js';
import { kentWhatIfSuite } from './kent-what-if-suite.js';

const target = inject('neo4j');

if ('skip' in target) {
  describe.skip(`what-if on the Kent dataset: Neo4j (${target.skip})`, () => {
    it('needs Neo4j', () => undefined);
  });
} else {
  kentWhatIfSuite('Neo4j', async () => {
    const store = await openNeo4jStore(target);
    return { store, close: () => store.close() };
  });
}
