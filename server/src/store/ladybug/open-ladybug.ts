// Opens the embedded store: creates the schema the metamodel implies, adding columns and
// relationship tables that a newer metamodel has and the file lacks.
import { RELATIONSHIP_TYPES } from '../../domain/metamodel/index.js';
import { CypherGraphStore } from '../cypher/cypher-store.js';
import { ladybugDialect } from '../cypher/dialect.js';
import { META_KEY, quote } from '../cypher/statements.js';
import {
  CHANGE_COLUMNS,
  NODE_COLUMNS,
  RELATIONSHIP_COLUMNS,
  SCENARIO_COLUMNS,
  type Column,
} from '../records.js';
import type { GraphStore } from '../port.js';
import { LadybugSession } from './ladybug-session.js';

const columnList = (columns: readonly Column[]) =>
  columns.map((c) => `${quote(c.name)} ${c.type}`).join(', ');

export function schemaStatements(): string[] {
  return [
    `CREATE NODE TABLE IF NOT EXISTS Node(${columnList(NODE_COLUMNS)}, PRIMARY KEY(id))`,
    'CREATE NODE TABLE IF NOT EXISTS Meta(key STRING, version INT64, PRIMARY KEY(key))',
    `CREATE NODE TABLE IF NOT EXISTS Scenario(${columnList(SCENARIO_COLUMNS)}, PRIMARY KEY(id))`,
    `CREATE NODE TABLE IF NOT EXISTS Change(${columnList(CHANGE_COLUMNS)}, PRIMARY KEY(id))`,
    ...RELATIONSHIP_TYPES.map(
      (t) =>
        `CREATE REL TABLE IF NOT EXISTS ${quote(t)}(FROM Node TO Node, ${columnList(RELATIONSHIP_COLUMNS)})`,
    ),
  ];
}

export async function openLadybugStore(file: string): Promise<GraphStore> {
  const session = await LadybugSession.open(file);
  try {
    for (const statement of schemaStatements()) await session.ddl(statement);
    await addMissingColumns(session, 'Node', NODE_COLUMNS);
    await addMissingColumns(session, 'Scenario', SCENARIO_COLUMNS);
    await addMissingColumns(session, 'Change', CHANGE_COLUMNS);
    for (const t of RELATIONSHIP_TYPES) await addMissingColumns(session, t, RELATIONSHIP_COLUMNS);
    await session.write((tx) =>
      tx.run('MERGE (m:Meta {key: $key}) ON CREATE SET m.version = 0', { key: META_KEY }),
    );
  } catch (error) {
    await session.close();
    throw error;
  }
  return new CypherGraphStore(session, ladybugDialect);
}

async function addMissingColumns(session: LadybugSession, table: string, columns: readonly Column[]) {
  const present = new Set(
    (await session.read(`CALL table_info('${table}') RETURN name`)).map((row) => String(row.name)),
  );
  for (const c of columns) {
    if (!present.has(c.name)) await session.ddl(`ALTER TABLE ${table} ADD ${quote(c.name)} ${c.type}`);
  }
}
