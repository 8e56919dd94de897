// Opens the embedded store: creates the schema the metamodel implies, adding columns and
// relationship tables that a newer metamodel has and the file lacks.
import { RELATIONSHIP_TYPES } from '../../domain/metamodel/index.js';
import { CypherGraphStore } from '../cypher/cypher-store.js';
import { ladybugDialect } from '../cypher/dialect.js';
import { fillRelationshipIds } from '../cypher/fill-relationship-ids.js';
import { COUNTS, META_KEY, buildStatements, countParams, quote } from '../cypher/statements.js';
import {
  CHANGE_COLUMNS,
  NODE_COLUMNS,
  RELATIONSHIP_COLUMNS,
  SCENARIO_COLUMNS,
  type Column,
} from '../records.js';
import {
  actualCounts,
  countProblems,
  filesBeforeOpening,
  inconsistent,
  missingTables,
  recordedCounts,
  type StoreCounts,
} from './consistency.js';
import { LadybugSession } from './ladybug-session.js';

const META_COUNT_COLUMNS: readonly Column[] = COUNTS.map((name) => ({ name, type: 'INT64' }));

const columnList = (columns: readonly Column[]) =>
  columns.map((c) => `${quote(c.name)} ${c.type}`).join(', ');

export function schemaStatements(): string[] {
  return [
    `CREATE NODE TABLE IF NOT EXISTS Node(${columnList(NODE_COLUMNS)}, PRIMARY KEY(id))`,
    `CREATE NODE TABLE IF NOT EXISTS Meta(key STRING, version INT64, ${META_COUNT_COLUMNS.map((c) => `${c.name} ${c.type}`).join(', ')}, PRIMARY KEY(key))`,
    `CREATE NODE TABLE IF NOT EXISTS Scenario(${columnList(SCENARIO_COLUMNS)}, PRIMARY KEY(id))`,
    `CREATE NODE TABLE IF NOT EXISTS Change(${columnList(CHANGE_COLUMNS)}, PRIMARY KEY(id))`,
    ...RELATIONSHIP_TYPES.map(
      (t) =>
        `CREATE REL TABLE IF NOT EXISTS ${quote(t)}(FROM Node TO Node, ${columnList(RELATIONSHIP_COLUMNS)})`,
    ),
  ];
}

export interface OpenLadybugOptions {
  /** Refuse a store that fails the start-up checks (consistency.ts). Only a deliberate wipe
   *  (`npm run seed -- --wipe`) opens one without them. */
  readonly check?: boolean;
}

export async function openLadybugStore(
  file: string,
  options: OpenLadybugOptions = {},
): Promise<CypherGraphStore> {
  const check = options.check ?? true;
  // Looked at before the engine opens the file: its recovery removes the traces of a crash.
  const before = filesBeforeOpening(file);
  if (check && before.problems.length) throw inconsistent(file, before.problems);
  const session = await LadybugSession.open(file);
  try {
    if (check && before.existed) {
      const missing = await missingTables(session);
      if (missing.length) throw inconsistent(file, [`tables missing: ${missing.join(', ')}`]);
      if (!(await recordedCounts(session))) throw inconsistent(file, ['the graph version record is missing']);
    }
    for (const statement of schemaStatements()) await session.ddl(statement);
    await addMissingColumns(session, 'Node', NODE_COLUMNS);
    await addMissingColumns(session, 'Meta', META_COUNT_COLUMNS);
    await addMissingColumns(session, 'Scenario', SCENARIO_COLUMNS);
    await addMissingColumns(session, 'Change', CHANGE_COLUMNS);
    for (const t of RELATIONSHIP_TYPES) await addMissingColumns(session, t, RELATIONSHIP_COLUMNS);
    // A file from before relationship ids has just gained the `id` column, empty: fill it.
    await fillRelationshipIds(session, buildStatements(ladybugDialect));
    await session.write((tx) =>
      tx.run('MERGE (m:Meta {key: $key}) ON CREATE SET m.version = 0', { key: META_KEY }),
    );
    await checkCounts(session, file, check);
  } catch (error) {
    await session.close();
    throw error;
  }
  return new CypherGraphStore(session, ladybugDialect);
}

/** Compares the counts the graph version record keeps with the tables. A store older than the
 *  counts (or a new one) has none yet: they are taken from the tables, once. */
async function checkCounts(session: LadybugSession, file: string, check: boolean): Promise<void> {
  const recorded = await recordedCounts(session);
  const actual = await actualCounts(session);
  const complete = recorded && COUNTS.every((c) => recorded[c] !== undefined);
  if (complete && check) {
    const problems = countProblems(recorded as StoreCounts, actual);
    if (problems.length) throw inconsistent(file, problems);
  }
  if (!complete || !check) {
    await session.write((tx) =>
      tx.run(
        `MATCH (m:Meta {key: $key}) SET ${COUNTS.map((c) => `m.${c} = CAST($${c} AS INT64)`).join(', ')}`,
        { key: META_KEY, ...countParams(actual) },
      ),
    );
  }
}

async function addMissingColumns(session: LadybugSession, table: string, columns: readonly Column[]) {
  const present = new Set(
    (await session.read(`CALL table_info('${table}') RETURN name`)).map((row) => String(row.name)),
  );
  for (const c of columns) {
    if (!present.has(c.name)) await session.ddl(`ALTER TABLE ${quote(table)} ADD ${quote(c.name)} ${c.type}`);
  }
}
