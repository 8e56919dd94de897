// The GraphQL API on a real Neo4j 5 holding an ArchiMate graph (tests/neo4j/global-setup.ts).
import { describe, inject, it } from 'vitest';
import { Neo4jSession } from '../../server/src/store/neo4j/neo4j-session.js';
import { openNeo4jStore } from '../../server/src/store/neo4j/open-neo4j.js';
import { ARCHIMATE, archimateApiSuite } from './archimate-api-suite.js';

const target = inject('neo4j');

if ('skip' in target) {
  describe.skip(`GraphQL API over HTTP on an ArchiMate store: Neo4j (${target.skip})`, () => {
    it('needs Neo4j', () => undefined);
  });
} else {
  archimateApiSuite('Neo4j', async () => {
    // One database for every test file: what an earlier file left (a council graph) is removed,
    // so that the database adopts the profile; the suite leaves it empty again.
    const session = await Neo4jSession.open(target);
    await session.write((tx) => tx.run('MATCH (n:Node) DETACH DELETE n'));
    await session.close();
    const store = await openNeo4jStore(target, { metamodel: ARCHIMATE });
    return { store, close: () => store.close() };
  });
}
