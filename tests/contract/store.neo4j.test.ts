// The storage contract on a real Neo4j 5 (started by tests/neo4j/global-setup.ts).
import { describe, inject, it } from 'vitest';
import { CypherGraphStore } from '../../server/src/store/cypher/cypher-store.js';
import { neo4jDialect } from '../../server/src/store/cypher/dialect.js';
import { openNeo4jStore } from '../../server/src/store/neo4j/open-neo4j.js';
import { Neo4jSession } from '../../server/src/store/neo4j/neo4j-session.js';
import { archimateContract } from './archimate-contract.js';
import { storeContract } from './store-contract.js';

const target = inject('neo4j');

if ('skip' in target) {
  describe.skip(`storage port contract: Neo4j (${target.skip})`, () => {
    it('needs Neo4j', () => undefined);
  });
} else {
  storeContract('Neo4j', async () => {
    // Staged transactions of 500 records: the large-batch cases and the bigger fixtures take
    // the staged path (cypher/staged-batch.ts), as a 100k import does with the default size.
    const store = (await openNeo4jStore(target, {
      staging: { rows: 500, leaseMs: 10_000 },
    })) as CypherGraphStore;
    return { store, session: store.session, dialect: neo4jDialect, close: () => store.close() };
  });

  archimateContract('Neo4j', async () => {
    // One database for every test file: what an earlier file left (a council graph) is removed,
    // so that the database adopts the profile.
    const session = await Neo4jSession.open(target);
    await session.write((tx) => tx.run('MATCH (n:Node) DETACH DELETE n'));
    await session.close();
    return {
      open: (metamodel) => openNeo4jStore(target, { metamodel, staging: { rows: 500, leaseMs: 10_000 } }),
      dispose: async () => undefined,
    };
  });
}
