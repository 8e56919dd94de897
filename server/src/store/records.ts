// How nodes and relationships become store rows and back. Columns follow from the metamodel:
// common fields, then every kind field; nested values (provenance) are JSON text.
import { z } from 'zod';
import type { Change } from '../domain/history/change.js';
import { impactEventsSchemaFor } from '../domain/impact/events.js';
import type { TopologyEdge, TopologyNode } from '../domain/impact/projection.js';
import type { Scenario } from '../domain/scenarios/scenario.js';
import { dayText, liveSpan } from '../domain/time/live.js';
import {
  CODE_METAMODEL,
  defaultRelationshipId,
  metamodelDifferences,
  parseRelationshipKey,
  nodeInputSchema,
  schemasFor,
  type FieldSpec,
  type GraphNode,
  type Metamodel,
  type GraphRelationship,
  type NodeInput,
  type NodeKind,
  type RelationshipType,
  type StoreType,
} from '../domain/metamodel/index.js';

export type ColumnType = StoreType | 'STRING[]';
export interface Column {
  readonly name: string;
  readonly type: ColumnType;
  /** Held as JSON text (a metamodel's `properties` fields: lists of name and value). */
  readonly json?: boolean;
}

const fieldColumn = (name: string, spec: FieldSpec): Column =>
  spec.graphql.startsWith('[') ? { name, type: spec.store, json: true } : { name, type: spec.store };

/** Derived columns: `search` holds `|name|alias|…|` lower-cased, `sortName` the lower-cased name,
 *  `liveFrom` and `liveUntil` the node's live span as YYYY-MM-DD days, [from, until), null where
 *  open (see domain/time/live.ts), so that an as-at search filters in the query.
 *  Aliases and provenance are JSON text: LadybugDB's CSV bulk load cannot carry free text in lists. */
const COMMON_NODE_COLUMNS: readonly Column[] = [
  { name: 'id', type: 'STRING' },
  { name: 'kind', type: 'STRING' },
  { name: 'name', type: 'STRING' },
  { name: 'aliasesJson', type: 'STRING' },
  { name: 'description', type: 'STRING' },
  { name: 'provenance', type: 'STRING' },
  { name: 'version', type: 'INT64' },
  { name: 'search', type: 'STRING' },
  { name: 'sortName', type: 'STRING' },
  { name: 'liveFrom', type: 'STRING' },
  { name: 'liveUntil', type: 'STRING' },
];

/** `id` names the relationship (domain/metamodel/relationship-id.ts): it comes last, as the
 *  column that files from before relationship ids gain at start-up (ladybug/open-ladybug.ts). */
const COMMON_RELATIONSHIP_COLUMNS: readonly Column[] = [
  { name: 'redundancyGroup', type: 'STRING' },
  { name: 'redundancyK', type: 'INT64' },
  { name: 'fallback', type: 'STRING' },
  { name: 'note', type: 'STRING' },
  { name: 'provenance', type: 'STRING' },
  { name: 'start', type: 'STRING' },
  { name: 'end', type: 'STRING' },
  { name: 'planned', type: 'BOOLEAN' },
  { name: 'id', type: 'STRING' },
];

/**
 * What a store holds for one metamodel: node columns (the common ones, then every kind field
 * across kinds), relationship columns (the common ones, then the metamodel's relationship fields),
 * one relationship table or type per relationship type, and how a row read back is checked.
 * Built once per store from the metamodel it was opened with (see storeLayout).
 */
export interface StoreLayout {
  readonly metamodel: Metamodel;
  readonly nodeColumns: readonly Column[];
  readonly relationshipColumns: readonly Column[];
  /** The relationship fields the metamodel adds to the common ones (ArchiMate's identifier…). */
  readonly relationshipFieldColumns: readonly Column[];
  readonly relationshipTypes: readonly RelationshipType[];
  readonly kinds: readonly NodeKind[];
  /** Checks a node read back (the store only holds what passed validation: it keeps types honest). */
  readonly parseNode: (value: unknown) => NodeInput;
  /** The council declarations in code serve this metamodel (council.yaml does). */
  readonly council: boolean;
}

export function storeLayout(metamodel: Metamodel = CODE_METAMODEL): StoreLayout {
  const own = Object.entries(metamodel.relationshipFields).map(([name, spec]) => fieldColumn(name, spec));
  const common = new Set(COMMON_RELATIONSHIP_COLUMNS.map((c) => c.name));
  const relationshipFieldColumns = own.filter((c) => !common.has(c.name));
  // The council declarations in code have typed schemas of their own; any other metamodel's
  // come from its file.
  const council =
    metamodel === CODE_METAMODEL || metamodelDifferences(metamodel, CODE_METAMODEL).length === 0;
  const parseNode = council
    ? (value: unknown) => nodeInputSchema.parse(value)
    : (() => {
        const schema = schemasFor(metamodel).node;
        return (value: unknown) => schema.parse(value) as unknown as NodeInput;
      })();
  return {
    metamodel,
    nodeColumns: [
      ...COMMON_NODE_COLUMNS,
      ...[...metamodel.allFields].map(([name, spec]) => fieldColumn(name, spec)),
    ],
    relationshipColumns: [...COMMON_RELATIONSHIP_COLUMNS, ...relationshipFieldColumns],
    relationshipFieldColumns,
    relationshipTypes: metamodel.relationshipTypes as readonly RelationshipType[],
    kinds: metamodel.kinds as readonly NodeKind[],
    parseNode,
    council,
  };
}

/** The council metamodel's layout: the default a store opens with. */
export const COUNCIL_LAYOUT: StoreLayout = storeLayout(CODE_METAMODEL);
/** The council layout's columns, for code that only ever serves it (tools, tests). */
export const NODE_COLUMNS: readonly Column[] = COUNCIL_LAYOUT.nodeColumns;
export const RELATIONSHIP_COLUMNS: readonly Column[] = COUNCIL_LAYOUT.relationshipColumns;

/** Node fields the impact projection reads (see domain/impact/projection.ts). */
export const TOPOLOGY_FIELDS = [
  'rtoHours',
  'criticality',
  'start',
  'end',
  'planned',
  'noticeMonths',
] as const;

/** Saved scenarios: their events are JSON text. */
export const SCENARIO_COLUMNS: readonly Column[] = [
  { name: 'id', type: 'STRING' },
  { name: 'name', type: 'STRING' },
  { name: 'description', type: 'STRING' },
  { name: 'events', type: 'STRING' },
  { name: 'version', type: 'INT64' },
  { name: 'createdAt', type: 'STRING' },
  { name: 'updatedAt', type: 'STRING' },
];

/** The change history. Only the value before a change is kept (JSON text): the value after it is
 *  the next change's `before`, or the current record (see cypher/change-after.ts). Storing both
 *  doubled what a bulk import writes. Subjects are the target node, or a relationship's ends
 *  (`src`, `dst`). Files made before this keep `subjects` and `after` columns, unused. */
export const CHANGE_COLUMNS: readonly Column[] = [
  { name: 'id', type: 'STRING' },
  { name: 'version', type: 'INT64' },
  { name: 'idx', type: 'INT64' },
  { name: 'at', type: 'STRING' },
  { name: 'actor', type: 'STRING' },
  { name: 'action', type: 'STRING' },
  { name: 'target', type: 'STRING' },
  { name: 'targetId', type: 'STRING' },
  { name: 'before', type: 'STRING' },
  // A relationship's ends, so that a node's history finds its relationships' changes by id.
  { name: 'src', type: 'STRING' },
  { name: 'dst', type: 'STRING' },
];

/** Relationship rows name their ends `src` and `dst`: `from` is a keyword in LadybugDB.
 *  Values as sent to either store: numbers travel as text and are cast in Cypher, so every
 *  row of a batch has the same shape (LadybugDB types a list of rows from its values). */
export type CellValue = string | string[] | null;
export type Row = Record<string, CellValue>;

const cell = (value: unknown): CellValue => {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(String);
  return JSON.stringify(value);
};

const jsonCell = (value: unknown): CellValue =>
  value === undefined || value === null ? null : JSON.stringify(value);

/** The order of ids and keys in exports and search pages (UTF-16 code units), in every store. */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function searchTextOf(node: Pick<NodeInput, 'name' | 'aliases'>): string {
  return `|${[node.name, ...node.aliases].map((s) => s.toLowerCase()).join('|')}|`;
}

export function nodeToRow(node: NodeInput, version: number, layout: StoreLayout = COUNCIL_LAYOUT): Row {
  const fields = node as Record<string, unknown>;
  const row: Row = {};
  for (const { name, json } of layout.nodeColumns)
    row[name] = json ? jsonCell(fields[name]) : cell(fields[name]);
  row.aliasesJson = JSON.stringify(node.aliases);
  row.provenance = JSON.stringify(node.provenance);
  row.version = String(version);
  row.search = searchTextOf(node);
  row.sortName = node.name.toLowerCase();
  const span = liveSpan(node);
  // A planned node with no start is live on no day: its span starts after every date.
  row.liveFrom = span.from === -Infinity ? null : span.from === Infinity ? NEVER : dayText(span.from);
  row.liveUntil = span.until === Infinity ? null : dayText(span.until);
  return row;
}

/** A column's value as the domain types it: stores may hand numbers and booleans back as text. */
function readColumn(type: ColumnType, value: unknown): unknown {
  if (type === 'INT64' || type === 'DOUBLE') return Number(value);
  // Bulk reads come back through CSV, where LadybugDB spells booleans True and False.
  if (type === 'BOOLEAN') return value === true || String(value).toLowerCase() === 'true';
  return value;
}

const NEVER = '9999-12-31';

const DERIVED = new Set(['search', 'sortName', 'aliasesJson', 'liveFrom', 'liveUntil']);

/** A row read back from a store. Numbers may come back as numbers; nulls mean "not set". */
export type ReadRow = Record<string, unknown>;

export function rowToNode(row: ReadRow, layout: StoreLayout = COUNCIL_LAYOUT): GraphNode {
  const node: Record<string, unknown> = {};
  for (const { name, type, json } of layout.nodeColumns) {
    const value = row[name];
    if (value === null || value === undefined || DERIVED.has(name)) continue;
    node[name] = json ? JSON.parse(String(value)) : readColumn(type, value);
  }
  node.provenance = JSON.parse(String(row.provenance ?? '[]'));
  node.aliases = JSON.parse(String(row.aliasesJson ?? '[]'));
  const version = Number(row.version ?? 0);
  delete node.version;
  // The store only holds what passed validation; parsing again keeps the type honest and
  // drops nothing, and is cheap next to the query that read the row.
  return { ...layout.parseNode(node), version };
}

export function relationshipToRow(rel: GraphRelationship, layout: StoreLayout = COUNCIL_LAYOUT): Row {
  const row: Row = {
    id: rel.id,
    src: rel.from,
    type: rel.type,
    dst: rel.to,
    redundancyGroup: rel.redundancy?.group ?? null,
    redundancyK: rel.redundancy ? String(rel.redundancy.k) : null,
    fallback: rel.fallback ?? null,
    note: rel.note ?? null,
    // Most have none: a first import writes half a million of these.
    provenance: rel.provenance.length === 0 ? '[]' : JSON.stringify(rel.provenance),
    start: rel.start ?? null,
    end: rel.end ?? null,
    planned: rel.planned === undefined ? null : String(rel.planned),
  };
  const fields = rel as Record<string, unknown>;
  for (const { name, json } of layout.relationshipFieldColumns)
    row[name] = json ? jsonCell(fields[name]) : cell(fields[name]);
  return row;
}

export function rowToRelationship(row: ReadRow, layout: StoreLayout = COUNCIL_LAYOUT): GraphRelationship {
  const rel: GraphRelationship = {
    id: String(row.id),
    from: String(row.src),
    type: row.type as RelationshipType,
    to: String(row.dst),
    provenance: JSON.parse(String(row.provenance ?? '[]')) as GraphRelationship['provenance'],
  };
  if (row.redundancyGroup != null && row.redundancyK != null) {
    rel.redundancy = { group: String(row.redundancyGroup), k: Number(row.redundancyK) };
  }
  if (row.fallback != null) rel.fallback = String(row.fallback);
  if (row.note != null) rel.note = String(row.note);
  if (row.start != null) rel.start = String(row.start);
  if (row.end != null) rel.end = String(row.end);
  if (row.planned != null) rel.planned = readColumn('BOOLEAN', row.planned) as boolean;
  const fields = rel as Record<string, unknown>;
  for (const { name, type, json } of layout.relationshipFieldColumns) {
    const value = row[name];
    if (value !== null && value !== undefined)
      fields[name] = json ? JSON.parse(String(value)) : readColumn(type, value);
  }
  return rel;
}

export function rowToTopologyNode(row: ReadRow): TopologyNode {
  const node: Record<string, unknown> = { id: String(row.id), kind: row.kind };
  for (const f of TOPOLOGY_FIELDS) {
    const value = row[f];
    if (value !== null && value !== undefined)
      node[f] =
        f === 'rtoHours' || f === 'noticeMonths'
          ? Number(value)
          : f === 'planned'
            ? readColumn('BOOLEAN', value)
            : value;
  }
  return node as unknown as TopologyNode;
}

export function rowToTopologyEdge(row: ReadRow): TopologyEdge {
  return {
    id: String(row.id),
    from: String(row.src),
    type: row.type as RelationshipType,
    to: String(row.dst),
    ...(row.redundancyGroup != null && row.redundancyK != null
      ? { redundancy: { group: String(row.redundancyGroup), k: Number(row.redundancyK) } }
      : {}),
    ...(row.fallback != null ? { fallback: String(row.fallback) } : {}),
    ...(row.start != null ? { start: String(row.start) } : {}),
    ...(row.end != null ? { end: String(row.end) } : {}),
    ...(row.planned != null ? { planned: readColumn('BOOLEAN', row.planned) as boolean } : {}),
  };
}

export function scenarioToParams(s: Scenario): Row {
  return {
    id: s.id,
    name: s.name,
    description: s.description ?? null,
    events: JSON.stringify(s.events),
    version: String(s.version),
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
  };
}

/** Stored events were checked against the store's metamodel when saved: their ids are read as
 *  they are, whichever metamodel's kinds they name. */
const storedEventsSchema = impactEventsSchemaFor(z.string());

export function rowToScenario(row: ReadRow): Scenario {
  return {
    id: String(row.id),
    name: String(row.name),
    ...(row.description != null ? { description: String(row.description) } : {}),
    events: storedEventsSchema.parse(JSON.parse(String(row.events))),
    version: Number(row.version),
    createdAt: String(row.createdAt),
    updatedAt: String(row.updatedAt),
  };
}

export function changeToRow(c: Change): Row {
  return {
    id: `${c.version}:${c.index}`,
    version: String(c.version),
    idx: String(c.index),
    at: c.at,
    actor: c.actor,
    action: c.action,
    target: c.target,
    targetId: c.targetId,
    before: c.before ? JSON.stringify(c.before) : null,
    src: c.target === 'RELATIONSHIP' ? (c.subjects[0] ?? null) : null,
    dst: c.target === 'RELATIONSHIP' ? (c.subjects[1] ?? null) : null,
  };
}

/** A change as stored, without its `after` (the store completes it). */
export function rowToChange(row: ReadRow): Change {
  const target = row.target as Change['target'];
  let targetId = String(row.targetId);
  let subjects = [targetId];
  if (target === 'RELATIONSHIP') {
    // Entries from before relationship ids name the relationship by its key; the store gave
    // those relationships their default ids when it first opened with ids (cypher/fill-relationship-ids.ts).
    const legacy = parseRelationshipKey(targetId);
    if (legacy) {
      targetId = defaultRelationshipId(legacy.from, legacy.type, legacy.to);
      subjects = [legacy.from, legacy.to];
    } else subjects = [String(row.src), String(row.dst)];
  }
  return {
    version: Number(row.version),
    index: Number(row.idx),
    at: String(row.at),
    actor: String(row.actor),
    action: row.action as Change['action'],
    target,
    targetId,
    subjects,
    ...(row.before != null ? { before: recordBefore(String(row.before), target, targetId) } : {}),
  };
}

/** A change's `before`; a relationship recorded before relationship ids gets its id back. */
function recordBefore(json: string, target: Change['target'], targetId: string): Change['before'] {
  const before = JSON.parse(json) as NonNullable<Change['before']>;
  return target === 'RELATIONSHIP' && !('id' in before)
    ? ({ ...(before as object), id: targetId } as GraphRelationship)
    : before;
}
