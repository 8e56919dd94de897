// changeMetamodel applied on a real Neo4j 5 (started by tests/neo4j/global-setup.ts).
import { describe, inject, it } from 'vitest';
import { Neo4jSession } from '../../server/src/store/neo4j/neo4j-session.js';
import { openNeo4jStore } from '../../server/src/store/neo4j/open-neo4j.js';
import { metamodelChangeSuite } from './metamodel-change-suite.js';

const target = inject('neo4j');

if ('skip' in target) {
  describe.skip(`changeMetamodel applied over HTTP: Neo4j (${target.skip})`, () => {
    it('needs Neo4j', () => undefined);
  });
} else {
  metamodelChangeSuite('Neo4j', async () => {
    // One database for every test file: what an earlier file left is removed, so that the
    // database adopts the council metamodel; the suite leaves it empty again.
    const session = await Neo4jSession.open(target);
    await session.write((tx) => tx.run('MATCH (n:Node) DETACH DELETE n'));
    await session.close();
    return {
      open: (metamodel) => openNeo4jStore(target, metamodel ? { metamodel } : {}),
      dispose: async () => undefined,
    };
  });
}
