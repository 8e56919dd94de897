// Opens the embedded store: creates the schema the metamodel implies, adding columns and
// relationship tables that a newer metamodel has and the file lacks.
import type { Metamodel } from '../../domain/metamodel/index.js';
import { CypherGraphStore } from '../cypher/cypher-store.js';
import { ladybugDialect } from '../cypher/dialect.js';
import { layoutChange, type SchemaAlterer } from '../cypher/change-metamodel.js';
import { fillRelationshipIds } from '../cypher/fill-relationship-ids.js';
import { recordMetamodel, refuseOtherMetamodel } from '../cypher/metamodel-record.js';
import { COUNTS, META_KEY, buildStatements, countParams, quote } from '../cypher/statements.js';
import {
  CHANGE_COLUMNS,
  COUNCIL_LAYOUT,
  SCENARIO_COLUMNS,
  storeLayout,
  type Column,
  type StoreLayout,
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
/** The metamodel the graph is written with (cypher/metamodel-record.ts). */
const META_METAMODEL_COLUMNS: readonly Column[] = [
  { name: 'metamodel', type: 'STRING' },
  { name: 'metamodelHash', type: 'STRING' },
  { name: 'metamodelDescription', type: 'STRING' },
  // The metamodel changes made to the store, as JSON (cypher/change-metamodel.ts).
  { name: 'metamodelLog', type: 'STRING' },
];

const columnList = (columns: readonly Column[]) =>
  columns.map((c) => `${quote(c.name)} ${c.type}`).join(', ');

/** The tables a store of this layout has: one REL table per relationship type of its metamodel. */
export function schemaStatements(layout: StoreLayout = COUNCIL_LAYOUT): string[] {
  return [
    `CREATE NODE TABLE IF NOT EXISTS Node(${columnList(layout.nodeColumns)}, PRIMARY KEY(id))`,
    `CREATE NODE TABLE IF NOT EXISTS Meta(key STRING, version INT64, ${columnList([...META_COUNT_COLUMNS, ...META_METAMODEL_COLUMNS])}, PRIMARY KEY(key))`,
    `CREATE NODE TABLE IF NOT EXISTS Scenario(${columnList(SCENARIO_COLUMNS)}, PRIMARY KEY(id))`,
    `CREATE NODE TABLE IF NOT EXISTS Change(${columnList(CHANGE_COLUMNS)}, PRIMARY KEY(id))`,
    ...layout.relationshipTypes.map(
      (t) =>
        `CREATE REL TABLE IF NOT EXISTS ${quote(t)}(FROM Node TO Node, ${columnList(layout.relationshipColumns)})`,
    ),
  ];
}

/** Creates what the layout needs and the store lacks: tables, then columns (statements run one by
 *  one: LadybugDB takes no DDL inside a write transaction). Used at opening and by a metamodel change. */
export async function ensureSchema(session: LadybugSession, layout: StoreLayout): Promise<void> {
  for (const statement of schemaStatements(layout)) await session.ddl(statement);
  await addMissingColumns(session, 'Node', layout.nodeColumns);
  await addMissingColumns(session, 'Meta', [...META_COUNT_COLUMNS, ...META_METAMODEL_COLUMNS]);
  await addMissingColumns(session, 'Scenario', SCENARIO_COLUMNS);
  await addMissingColumns(session, 'Change', CHANGE_COLUMNS);
  for (const t of layout.relationshipTypes) await addMissingColumns(session, t, layout.relationshipColumns);
}

export interface OpenLadybugOptions {
  /** Refuse a store that fails the start-up checks (consistency.ts). Only a deliberate wipe
   *  (`npm run seed -- --wipe`) opens one without them. */
  readonly check?: boolean;
  /** The metamodel the store's schema follows (the council one by default). A store holding a
   *  graph of another metamodel is refused (cypher/metamodel-record.ts). */
  readonly metamodel?: Metamodel;
  /** The engine's buffer pool in bytes (LadybugSession.open); the engine's default when omitted. */
  readonly bufferPoolBytes?: number;
}

export async function openLadybugStore(
  file: string,
  options: OpenLadybugOptions = {},
): Promise<CypherGraphStore> {
  const check = options.check ?? true;
  const layout = storeLayout(options.metamodel);
  // Looked at before the engine opens the file: its recovery removes the traces of a crash.
  const before = filesBeforeOpening(file);
  if (check && before.problems.length) throw inconsistent(file, before.problems);
  const session = await LadybugSession.open(file, options.bufferPoolBytes);
  try {
    if (check && before.existed) {
      const missing = await missingTables(session);
      if (missing.length) throw inconsistent(file, [`tables missing: ${missing.join(', ')}`]);
      if (!(await recordedCounts(session))) throw inconsistent(file, ['the graph version record is missing']);
    }
    // Before the schema is touched: a graph of another metamodel is refused as it is.
    if (before.existed && (await hasTable(session, 'Meta')))
      await refuseOtherMetamodel(
        session,
        'store/ladybug',
        layout.metamodel,
        !(await hasColumn(session, 'Meta', 'metamodelHash')),
      );
    await ensureSchema(session, layout);
    // A file from before relationship ids has just gained the `id` column, empty: fill it.
    await fillRelationshipIds(session, buildStatements(ladybugDialect, layout));
    await session.write((tx) =>
      tx.run('MERGE (m:Meta {key: $key}) ON CREATE SET m.version = 0', { key: META_KEY }),
    );
    await recordMetamodel(session, layout.metamodel);
    // The schema and the metamodel record go into the file now rather than stay in the WAL: with
    // them there, a SIGKILL in the first batch after opening left a WAL LadybugDB could not
    // replay ("Corrupted wal file", tests/durability/ladybug-durability.test.ts).
    await session.ddl('CHECKPOINT');
    await checkCounts(session, file, check);
  } catch (error) {
    await session.close();
    throw error;
  }
  return new CypherGraphStore(session, ladybugDialect, layout, ladybugSchemaAlterer(session));
}

/** A metamodel change on LadybugDB: REL tables for new relationship types and columns for new
 *  fields (ensureSchema), a column whose type changes dropped and added again; after the switch,
 *  the columns and REL tables of what was removed dropped. DDL runs outside transactions, so the
 *  widening is undone statement by statement when the switch fails. */
export function ladybugSchemaAlterer(session: LadybugSession): SchemaAlterer {
  const alter = (table: string, column: string, type?: string) =>
    session.ddl(
      `ALTER TABLE ${quote(table)} ${type ? `ADD ${quote(column)} ${type}` : `DROP ${quote(column)}`}`,
    );
  return {
    async widen(from, to) {
      const change = layoutChange(from, to);
      const undo: (() => Promise<unknown>)[] = [];
      const kept = to.relationshipTypes.filter((t) => from.relationshipTypes.includes(t));
      const retype = async (table: string, r: { from: Column; to: Column }) => {
        await alter(table, r.from.name);
        await alter(table, r.to.name, r.to.type);
        undo.unshift(async () => {
          await alter(table, r.to.name);
          await alter(table, r.from.name, r.from.type);
        });
      };
      try {
        for (const r of change.nodeColumns.retyped) await retype('Node', r);
        for (const t of kept) for (const r of change.relationshipColumns.retyped) await retype(t, r);
        const tables = new Set(
          (await session.read('CALL show_tables() RETURN name')).map((r) => String(r.name)),
        );
        const before = new Map<string, Set<string>>();
        for (const t of ['Node', ...kept]) before.set(t, await columnsOf(session, t));
        await ensureSchema(session, to);
        for (const t of to.relationshipTypes.filter((t) => !tables.has(t)))
          undo.unshift(() => session.ddl(`DROP TABLE ${quote(t)}`));
        for (const [table, present] of before) {
          for (const c of table === 'Node' ? to.nodeColumns : to.relationshipColumns)
            if (!present.has(c.name)) undo.unshift(() => alter(table, c.name));
        }
      } catch (error) {
        await runAll(undo);
        throw error;
      }
      return () => runAll(undo);
    },
    async narrow(from, to) {
      const change = layoutChange(from, to);
      for (const t of change.removedRelationshipTypes) await session.ddl(`DROP TABLE IF EXISTS ${quote(t)}`);
      for (const c of change.nodeColumns.removed) await alter('Node', c.name);
      for (const t of to.relationshipTypes.filter((t) => from.relationshipTypes.includes(t)))
        for (const c of change.relationshipColumns.removed) await alter(t, c.name);
    },
  };
}

/** Runs every step, the first failure thrown once all were tried. */
async function runAll(steps: readonly (() => Promise<unknown>)[]): Promise<void> {
  const failures: Error[] = [];
  for (const step of steps)
    await step().catch((error: unknown) =>
      failures.push(error instanceof Error ? error : new Error(String(error))),
    );
  if (failures[0]) throw failures[0];
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

const columnsOf = async (session: LadybugSession, table: string) =>
  new Set((await session.read(`CALL table_info('${table}') RETURN name`)).map((row) => String(row.name)));

const hasColumn = async (session: LadybugSession, table: string, column: string) =>
  (await columnsOf(session, table)).has(column);

const hasTable = async (session: LadybugSession, table: string) =>
  (await session.read('CALL show_tables() RETURN name')).some((row) => String(row.name) === table);

async function addMissingColumns(session: LadybugSession, table: string, columns: readonly Column[]) {
  const present = await columnsOf(session, table);
  for (const c of columns) {
    if (!present.has(c.name)) await session.ddl(`ALTER TABLE ${quote(table)} ADD ${quote(c.name)} ${c.type}`);
  }
}
