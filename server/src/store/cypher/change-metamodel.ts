// Changing the metamodel of a store that holds a graph. What the two layouts differ in is worked
// out here once; each store alters its own schema (LadybugDB tables and columns, Neo4j
// constraints). The order keeps a failure harmless: the schema is widened first (what the new
// layout adds, which the old one never reads), the switch is one write transaction (nothing may
// hold what goes, the metamodel record, a new graph version), and only then is what the old
// layout had and the new one lacks dropped.
import { BadInputError, type InputIssue } from '../../domain/errors.js';
import type { Metamodel } from '../../domain/metamodel/index.js';
import type { MetamodelChangeRecord } from '../port.js';
import type { Column, ReadRow, StoreLayout } from '../records.js';
import { READ_STAMP, metamodelStamp, writeStamp } from './metamodel-record.js';
import type { Params } from './session.js';
import { META_KEY, quote } from './statements.js';

/** How many nodes or relationships a refusal names per reason (the dry run lists every one). */
const LISTED = 100;
/** How many metamodel changes the graph-version record keeps. */
const KEPT_CHANGES = 100;

/** What a store must do to its schema to move between two layouts. */
export interface SchemaAlterer {
  /** Adds what `to` needs and the store lacks, and makes a column whose type changes again
   *  (empty: nothing may hold it). Returns what undoes it, for a switch that fails. */
  widen(from: StoreLayout, to: StoreLayout): Promise<() => Promise<void>>;
  /** Drops what `from` had and `to` lacks; run once the switch is committed. */
  narrow(from: StoreLayout, to: StoreLayout): Promise<void>;
}

export interface ColumnChanges {
  readonly added: readonly Column[];
  readonly removed: readonly Column[];
  /** Same name, another column type: dropped and added again. */
  readonly retyped: readonly { readonly from: Column; readonly to: Column }[];
}

export interface LayoutChange {
  readonly removedKinds: readonly string[];
  /** Per kind both have: fields the new metamodel drops from it or gives another type. */
  readonly droppedKindFields: readonly { readonly kind: string; readonly field: string }[];
  readonly nodeColumns: ColumnChanges;
  readonly relationshipColumns: ColumnChanges;
  readonly addedRelationshipTypes: readonly string[];
  readonly removedRelationshipTypes: readonly string[];
}

function columnChanges(from: readonly Column[], to: readonly Column[]): ColumnChanges {
  const before = new Map(from.map((c) => [c.name, c]));
  const after = new Map(to.map((c) => [c.name, c]));
  return {
    added: to.filter((c) => !before.has(c.name)),
    removed: from.filter((c) => !after.has(c.name)),
    retyped: to.flatMap((c) => {
      const old = before.get(c.name);
      return old && old.type !== c.type ? [{ from: old, to: c }] : [];
    }),
  };
}

export function layoutChange(from: StoreLayout, to: StoreLayout): LayoutChange {
  const nodeColumns = columnChanges(from.nodeColumns, to.nodeColumns);
  const retyped = new Set(nodeColumns.retyped.map((r) => r.to.name));
  const droppedKindFields = from.kinds
    .filter((kind) => to.kinds.includes(kind))
    .flatMap((kind) => {
      const kept = to.metamodel.kindFields[kind] ?? {};
      return Object.keys(from.metamodel.kindFields[kind] ?? {})
        .filter((field) => !(field in kept) || retyped.has(field))
        .map((field) => ({ kind, field }));
    });
  return {
    removedKinds: from.kinds.filter((k) => !to.kinds.includes(k)),
    droppedKindFields,
    nodeColumns,
    relationshipColumns: columnChanges(from.relationshipColumns, to.relationshipColumns),
    addedRelationshipTypes: to.relationshipTypes.filter((t) => !from.relationshipTypes.includes(t)),
    removedRelationshipTypes: from.relationshipTypes.filter((t) => !to.relationshipTypes.includes(t)),
  };
}

type Run = (statement: string, params?: Params) => Promise<ReadRow[]>;

/** Nodes and relationships holding what the new layout drops, each named with the reason. Run
 *  before the schema is touched and again inside the switch's transaction (a write may have come
 *  in between). */
export async function whatStillUses(
  run: Run,
  change: LayoutChange,
  from: StoreLayout,
  to: Metamodel,
): Promise<InputIssue[]> {
  const issues: InputIssue[] = [];
  if (change.removedKinds.length) {
    const rows = await run(
      `MATCH (n:Node) WHERE n.kind IN $kinds RETURN n.id AS id, n.kind AS kind ORDER BY id LIMIT ${LISTED}`,
      { kinds: [...change.removedKinds] },
    );
    for (const row of rows)
      issues.push({
        path: `node ${String(row.id)}`,
        message: `is a ${String(row.kind)}, a kind the ${to.name} metamodel does not have`,
      });
  }
  for (const { kind, field } of change.droppedKindFields) {
    const rows = await run(
      `MATCH (n:Node) WHERE n.kind = $kind AND n.${quote(field)} IS NOT NULL RETURN n.id AS id ORDER BY id LIMIT ${LISTED}`,
      { kind },
    );
    const now = to.kindFields[kind]?.[field];
    for (const row of rows)
      issues.push({
        path: `node ${String(row.id)}.${field}`,
        message: now
          ? `holds a value of the type ${field} no longer has in the ${to.name} metamodel`
          : `${kind} has no field ${field} in the ${to.name} metamodel`,
      });
  }
  const relationshipRows = (where: string, params: Params) =>
    run(
      `MATCH (a:Node)-[e]->(b:Node) WHERE ${where} RETURN e.id AS id, a.id AS src, b.id AS dst ORDER BY id LIMIT ${LISTED}`,
      params,
    );
  if (change.removedRelationshipTypes.length) {
    const types = from.relationshipTypes.filter((t) => change.removedRelationshipTypes.includes(t));
    for (const type of types) {
      const rows = await run(
        `MATCH (a:Node)-[e:${quote(type)}]->(b:Node) RETURN e.id AS id, a.id AS src, b.id AS dst ORDER BY id LIMIT ${LISTED}`,
      );
      for (const row of rows)
        issues.push({
          path: `relationship ${String(row.id)}`,
          message: `${String(row.src)} ${type} ${String(row.dst)}: the ${to.name} metamodel has no ${type}`,
        });
    }
  }
  const droppedRelationshipColumns = [
    ...change.relationshipColumns.removed,
    ...change.relationshipColumns.retyped.map((r) => r.from),
  ];
  for (const column of droppedRelationshipColumns) {
    if (from.relationshipTypes.length === 0) break;
    for (const row of await relationshipRows(`e.${quote(column.name)} IS NOT NULL`, {}))
      issues.push({
        path: `relationship ${String(row.id)}.${column.name}`,
        message: `relationships have no field ${column.name} of this type in the ${to.name} metamodel`,
      });
  }
  return issues;
}

export function refuseIfUsed(module: string, issues: readonly InputIssue[]): void {
  if (issues.length) throw new BadInputError(module, issues);
}

/** Writes the metamodel record and appends the change to its log (inside the switch's
 *  transaction, after the graph version was bumped to `version`). */
export async function recordChange(
  run: Run,
  from: Metamodel,
  to: Metamodel,
  version: number,
  actor: string,
): Promise<MetamodelChangeRecord> {
  const [before] = await run(READ_STAMP, { key: META_KEY });
  const [logRow] = await run('MATCH (m:Meta {key: $key}) RETURN m.metamodelLog AS log', { key: META_KEY });
  const stamp = metamodelStamp(to);
  const record: MetamodelChangeRecord = {
    version,
    at: new Date().toISOString(),
    actor,
    fromName: before?.name == null ? from.name : String(before.name),
    fromHash: before?.hash == null ? metamodelStamp(from).hash : String(before.hash),
    toName: stamp.name,
    toHash: stamp.hash,
  };
  const log = [record, ...parseLog(logRow?.log)].slice(0, KEPT_CHANGES);
  await writeStamp({ run }, stamp);
  await run('MATCH (m:Meta {key: $key}) SET m.metamodelLog = $log', {
    key: META_KEY,
    log: JSON.stringify(log),
  });
  return record;
}

/** The log as kept on the graph-version record (JSON text), newest first. */
export function parseLog(value: unknown): MetamodelChangeRecord[] {
  if (typeof value !== 'string' || value === '') return [];
  const parsed = JSON.parse(value) as unknown;
  return Array.isArray(parsed) ? (parsed as MetamodelChangeRecord[]) : [];
}
