// A change from the history, in words: what happened to the node or one of its relationships,
// and for updates, which fields went from what to what.
import type { RelationshipType } from '../generated/graphql.js';
import { fieldLabel, fieldValue } from '../explorer/fields.js';
import { isRelationshipType } from '../graph/kinds.js';

export interface FieldChange {
  readonly field: string;
  readonly label: string;
  readonly before: string;
  readonly after: string;
}

type Fields = Readonly<Record<string, unknown>>;

/** Bookkeeping that every change moves, and the identity a change cannot alter. */
const SKIP = new Set(['version', 'id', 'kind', 'from', 'type', 'to']);
const NONE = '—';

/** A stored value as a short phrase: "4 hours", "2 sources", "Critical". */
export function formatValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return NONE;
  if (Array.isArray(value)) {
    if (value.length === 0) return NONE;
    if (field === 'provenance') return `${value.length} source${value.length === 1 ? '' : 's'}`;
    return value.map((v) => formatValue(field, v)).join(', ');
  }
  if (typeof value === 'object') {
    const r = value as Fields;
    if (field === 'redundancy' && typeof r.k === 'number') return `${r.k} of “${String(r.group)}”`;
    return JSON.stringify(value);
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return fieldValue(field, value);
  }
  return String(value);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const isRecord = (x: unknown): x is Fields => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The fields that differ between before and after, in a stable order (the after's, then gone ones). */
export function changedFields(before: unknown, after: unknown): FieldChange[] {
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const names = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((n) => !SKIP.has(n));
  return names
    .filter((n) => !same(b[n], a[n]))
    .map((n) => ({
      field: n,
      label: fieldLabel(n),
      before: formatValue(n, b[n]),
      after: formatValue(n, a[n]),
    }));
}

export interface RelationshipEnds {
  readonly from: string;
  readonly type: RelationshipType;
  readonly to: string;
}

/** The ends of the relationship a change is about, from its value before or after (the id
 *  names it, but parallel relationships share ends and type); null when neither says. */
export function relationshipEnds(change: Pick<ChangeLike, 'before' | 'after'>): RelationshipEnds | null {
  for (const value of [change.after, change.before]) {
    if (!isRecord(value)) continue;
    const { from, type, to } = value;
    if (
      typeof from === 'string' &&
      typeof to === 'string' &&
      typeof type === 'string' &&
      isRelationshipType(type)
    ) {
      return { from, type, to };
    }
  }
  return null;
}

export interface ChangeLike {
  readonly action: 'CREATE' | 'UPDATE' | 'DELETE';
  readonly target: 'NODE' | 'RELATIONSHIP';
  readonly targetId: string;
  readonly before?: unknown;
  readonly after?: unknown;
}

export interface Readings {
  outgoing(type: RelationshipType): string;
  incoming(type: RelationshipType): string;
}

/** One line for a change, read from the node's side: "linked: depends on KPSN". */
export function describeChange(
  change: ChangeLike,
  nodeId: string,
  readings: Readings,
  nameOf: (id: string) => string = (id) => id,
): string {
  if (change.target === 'NODE') {
    return { CREATE: 'created', UPDATE: 'updated', DELETE: 'deleted' }[change.action];
  }
  const verb = { CREATE: 'linked', UPDATE: 'relationship changed', DELETE: 'unlinked' }[change.action];
  const r = relationshipEnds(change);
  if (!r) return `${verb}: ${change.targetId}`;
  return r.from === nodeId
    ? `${verb}: ${readings.outgoing(r.type)} ${nameOf(r.to)}`
    : `${verb}: ${readings.incoming(r.type)} ${nameOf(r.from)}`;
}
