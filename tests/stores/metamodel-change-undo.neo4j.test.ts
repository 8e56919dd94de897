// A failed metamodel switch undone on a real Neo4j 5: the relationship-id constraints it added dropped.
import { describe, inject, it } from 'vitest';
import type { CypherGraphStore } from '../../server/src/store/cypher/cypher-store.js';
import { Neo4jSession } from '../../server/src/store/neo4j/neo4j-session.js';
import { openNeo4jStore } from '../../server/src/store/neo4j/open-neo4j.js';
import { metamodelChangeUndoSuite } from './metamodel-change-undo-suite.js';

const target = inject('neo4j');

if ('skip' in target) {
  describe.skip(`a metamodel change that fails to switch: Neo4j (${target.skip})`, () => {
    it('needs Neo4j', () => undefined);
  });
} else {
  metamodelChangeUndoSuite('Neo4j', async () => {
    // One database for every test file: what an earlier file left is removed, so that the
    // database adopts the council metamodel.
    const session = await Neo4jSession.open(target);
    await session.write((tx) => tx.run('MATCH (n:Node) DETACH DELETE n'));
    await session.close();
    const store = (await openNeo4jStore(target)) as CypherGraphStore;
    return {
      store,
      schema: async () => ({
        nodeColumns: [],
        relationshipTypes: (await store.session.read('SHOW CONSTRAINTS YIELD name RETURN name'))
          .map((r) => String(r.name))
          .filter((name) => name.startsWith('rel_id_'))
          .sort(),
      }),
      close: () => store.close(),
    };
  });
}
