// What-ifs on an ArchiMate store on a real Neo4j 5 (started by tests/neo4j/global-setup.ts).
import { describe, inject, it } from 'vitest';
import { Neo4jSession } from '../../server/src/store/neo4j/neo4j-session.js';
import { openNeo4jStore } from '../../server/src/store/neo4j/open-neo4j.js';
import { archimateWhatIfSuite } from './archimate-what-if-suite.js';

const target = inject('neo4j');

if ('skip' in target) {
  describe.skip(`what-if on an ArchiMate store: Neo4j (${target.skip})`, () => {
    it('needs Neo4j', () => undefined);
  });
} else {
  archimateWhatIfSuite('Neo4j', async () => {
    // One database for every test file: what an earlier file left (a council graph) is removed,
    // so that the database adopts the profile.
    const session = await Neo4jSession.open(target);
    await session.write((tx) => tx.run('MATCH (n:Node) DETACH DELETE n'));
    await session.close();
    return { open: (metamodel) => openNeo4jStore(target, { metamodel }), dispose: async () => undefined };
  });
}
