// Opens the Neo4j store: a uniqueness constraint on node ids (which also indexes them), one on
// relationship ids per type (Neo4j's relationship constraints are per type; the store checks
// across types), a lookup index on kind, and the graph-version record.
import type { Metamodel } from '../../domain/metamodel/index.js';
import { CypherGraphStore } from '../cypher/cypher-store.js';
import { neo4jDialect } from '../cypher/dialect.js';
import { layoutChange, type SchemaAlterer } from '../cypher/change-metamodel.js';
import { fillRelationshipIds } from '../cypher/fill-relationship-ids.js';
import { recordMetamodel, refuseOtherMetamodel } from '../cypher/metamodel-record.js';
import { META_KEY, buildStatements } from '../cypher/statements.js';
import { COUNCIL_LAYOUT, storeLayout, type StoreLayout } from '../records.js';
import type { GraphStore } from '../port.js';
import { Neo4jSession, type Neo4jConnection, type Neo4jSessionOptions } from './neo4j-session.js';

/** The constraints and indexes a store of this layout has: a relationship-id constraint per
 *  relationship type of its metamodel. */
export const neo4jSchemaStatements = (layout: StoreLayout = COUNCIL_LAYOUT): string[] => [
  'CREATE CONSTRAINT node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT meta_key IF NOT EXISTS FOR (m:Meta) REQUIRE m.key IS UNIQUE',
  'CREATE INDEX node_kind IF NOT EXISTS FOR (n:Node) ON (n.kind)',
  'CREATE CONSTRAINT scenario_id IF NOT EXISTS FOR (s:Scenario) REQUIRE s.id IS UNIQUE',
  // A change is found by (version, index), unique by construction (the Meta record serialises
  // version bumps); a second index on its id cost every history entry of an import a write.
  'DROP CONSTRAINT change_id IF EXISTS',
  'CREATE INDEX change_order IF NOT EXISTS FOR (c:Change) ON (c.version, c.idx)',
  // A node's history finds its relationships' changes by their ends.
  'CREATE INDEX change_src IF NOT EXISTS FOR (c:Change) ON (c.src)',
  'CREATE INDEX change_dst IF NOT EXISTS FOR (c:Change) ON (c.dst)',
  'CREATE INDEX change_target IF NOT EXISTS FOR (c:Change) ON (c.targetId)',
  ...layout.relationshipTypes.map(
    (t) => `CREATE CONSTRAINT rel_id_${t} IF NOT EXISTS FOR ()-[e:${t}]-() REQUIRE e.id IS UNIQUE`,
  ),
];

export const NEO4J_META_STATEMENT = 'MERGE (m:Meta {key: $key}) ON CREATE SET m.version = 0';

export interface OpenNeo4jOptions extends Neo4jSessionOptions {
  /** The metamodel the store's schema follows (the council one by default). A database holding a
   *  graph of another metamodel is refused (cypher/metamodel-record.ts). */
  readonly metamodel?: Metamodel;
}

/** Creates the constraints and indexes the layout needs (each in its own transaction: schema
 *  statements cannot share one with data writes in Neo4j). */
export async function ensureNeo4jSchema(session: Neo4jSession, layout: StoreLayout): Promise<void> {
  for (const statement of neo4jSchemaStatements(layout)) await session.write((tx) => tx.run(statement));
}

export async function openNeo4jStore(
  connection: Neo4jConnection,
  options: OpenNeo4jOptions = {},
): Promise<GraphStore> {
  const { metamodel, ...sessionOptions } = options;
  const layout = storeLayout(metamodel);
  const session = await Neo4jSession.open(connection, sessionOptions);
  let store: CypherGraphStore;
  try {
    // Before the schema is touched: a graph of another metamodel is refused as it is.
    await refuseOtherMetamodel(session, 'store/neo4j', layout.metamodel, false);
    await ensureNeo4jSchema(session, layout);
    await session.write((tx) => tx.run(NEO4J_META_STATEMENT, { key: META_KEY }));
    await recordMetamodel(session, layout.metamodel);
    await fillRelationshipIds(session, buildStatements(neo4jDialect, layout));
    store = new CypherGraphStore(session, neo4jDialect, layout, neo4jSchemaAlterer(session));
    // What an import killed midway left, once its lease has run out (cypher/staged-batch.ts).
    await store.recoverStagedImport();
  } catch (error) {
    await session.close();
    throw error;
  }
  return store;
}

/** A metamodel change on Neo4j: properties need no schema, so only the relationship-id
 *  constraints follow the relationship types (made for new ones before the switch, dropped for
 *  removed ones after it). */
export function neo4jSchemaAlterer(session: Neo4jSession): SchemaAlterer {
  const run = (statement: string) => session.write((tx) => tx.run(statement));
  const drop = (t: string) => run(`DROP CONSTRAINT rel_id_${t} IF EXISTS`);
  return {
    async widen(from, to) {
      // Only what this change makes is undone: a constraint left by an earlier metamodel stays.
      const present = new Set(
        (await session.read('SHOW CONSTRAINTS YIELD name RETURN name')).map((r) => String(r.name)),
      );
      const added = layoutChange(from, to).addedRelationshipTypes.filter((t) => !present.has(`rel_id_${t}`));
      try {
        await ensureNeo4jSchema(session, to);
      } catch (error) {
        for (const t of added) await drop(t).catch(() => undefined);
        throw error;
      }
      return async () => {
        for (const t of added) await drop(t);
      };
    },
    async narrow(from, to) {
      for (const t of layoutChange(from, to).removedRelationshipTypes) await drop(t);
    },
  };
}
