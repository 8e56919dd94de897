// Opens the Neo4j store: a uniqueness constraint on node ids (which also indexes them), a
// lookup index on kind, and the graph-version record.
import { CypherGraphStore } from '../cypher/cypher-store.js';
import { neo4jDialect } from '../cypher/dialect.js';
import { META_KEY } from '../cypher/statements.js';
import type { GraphStore } from '../port.js';
import type { Staging } from '../cypher/session.js';
import { Neo4jSession, type Neo4jConnection } from './neo4j-session.js';

export const NEO4J_SCHEMA_STATEMENTS = [
  'CREATE CONSTRAINT node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT meta_key IF NOT EXISTS FOR (m:Meta) REQUIRE m.key IS UNIQUE',
  'CREATE INDEX node_kind IF NOT EXISTS FOR (n:Node) ON (n.kind)',
  'CREATE CONSTRAINT scenario_id IF NOT EXISTS FOR (s:Scenario) REQUIRE s.id IS UNIQUE',
  // A change is found by (version, index), unique by construction (the Meta record serialises
  // version bumps); a second index on its id cost every history entry of an import a write.
  'DROP CONSTRAINT change_id IF EXISTS',
  'CREATE INDEX change_order IF NOT EXISTS FOR (c:Change) ON (c.version, c.idx)',
] as const;

export const NEO4J_META_STATEMENT = 'MERGE (m:Meta {key: $key}) ON CREATE SET m.version = 0';

export async function openNeo4jStore(
  connection: Neo4jConnection,
  staging: Partial<Staging> = {},
): Promise<GraphStore> {
  const session = await Neo4jSession.open(connection, staging);
  let store: CypherGraphStore;
  try {
    // Schema statements cannot share a transaction with data writes in Neo4j.
    for (const statement of NEO4J_SCHEMA_STATEMENTS) await session.write((tx) => tx.run(statement));
    await session.write((tx) => tx.run(NEO4J_META_STATEMENT, { key: META_KEY }));
    store = new CypherGraphStore(session, neo4jDialect);
    // What an import killed midway left, once its lease has run out (cypher/staged-batch.ts).
    await store.recoverStagedImport();
  } catch (error) {
    await session.close();
    throw error;
  }
  return store;
}
