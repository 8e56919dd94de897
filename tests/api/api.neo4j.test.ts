// The GraphQL API on a real Neo4j 5 (started by tests/neo4j/global-setup.ts).
import { describe, inject, it } from 'vitest';
import { openNeo4jStore } from '../../server/src/store/neo4j/open-neo4j.js';
import { answersSuite } from './answers-suite.js';
import { apiSuite } from './api-suite.js';
import { apiStyleSuite } from './api-style-suite.js';

const target = inject('neo4j');

if ('skip' in target) {
  describe.skip(`GraphQL API over HTTP: Neo4j (${target.skip})`, () => {
    it('needs Neo4j', () => undefined);
  });
} else {
  apiSuite('Neo4j', async () => {
    const store = await openNeo4jStore(target);
    return { store, close: () => store.close() };
  });
  answersSuite('Neo4j', async () => {
    const store = await openNeo4jStore(target);
    return { store, close: () => store.close() };
  });
  apiStyleSuite('Neo4j', async () => {
    const store = await openNeo4jStore(target);
    return { store, close: () => store.close() };
  });
}
