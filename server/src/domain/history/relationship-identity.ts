// Which stored relationship each item of a batch means. A relationship is named by its id;
// an item without one is matched by its ends and type, but only when that is unambiguous
// (none or exactly one such relationship exists), so two parallel relationships are never
// merged by accident. Pure: the store reads what `lookups` asks for, then calls `resolve`.
import type { InputIssue } from '../errors.js';
import {
  DEFAULT_RELATIONSHIP_ID,
  defaultRelationshipId,
  defaultRelationshipIdOfKey,
  newRelationshipId,
  relationshipKey,
  type GraphBatch,
  type GraphRelationship,
} from '../metamodel/index.js';

/** What the store must read: relationships with these ids, and those with these keys. */
export interface IdentityLookups {
  readonly ids: readonly string[];
  /** `from|TYPE|to` keys of items without an id; `sources` are their `from` ends. */
  readonly keys: ReadonlySet<string>;
  readonly sources: readonly string[];
}

export interface StoredRelationships {
  /** Those found among `lookups.ids`. */
  readonly byId: ReadonlyMap<string, GraphRelationship>;
  /** Those found with `lookups.keys`, every one of each key. */
  readonly byKey: ReadonlyMap<string, readonly GraphRelationship[]>;
}

/** A batch whose every relationship has its id, and whose deletions are the stored records. */
export type ResolvedBatch = Omit<GraphBatch, 'relationships' | 'deleteRelationships'> & {
  readonly relationships: GraphRelationship[];
  readonly deleteRelationships: GraphRelationship[];
};

const keyOf = (r: { from: string; type: GraphRelationship['type']; to: string }) =>
  relationshipKey(r.from, r.type, r.to);
const isDefaultShaped = (id: string) => DEFAULT_RELATIONSHIP_ID.test(id);
const ends = (r: GraphRelationship) => `${r.from} ${r.type} ${r.to}`;

/** `stored` tells which node ids the store holds: an item whose source it does not hold can
 *  match no stored relationship by its ends, so its key is not looked up (a first import of
 *  half a million relationships needs no keys at all). */
export function identityLookups(
  batch: GraphBatch,
  stored: (nodeId: string) => boolean = () => true,
): IdentityLookups {
  const ids = new Set<string>();
  const keys = new Set<string>();
  const sources = new Set<string>();
  const byEnds = (r: { from: string; type: GraphRelationship['type']; to: string }) => {
    if (!stored(r.from)) return;
    keys.add(keyOf(r));
    sources.add(r.from);
  };
  for (const r of batch.relationships) {
    if (r.id !== undefined) ids.add(r.id);
    else byEnds(r);
  }
  for (const r of batch.deleteRelationships) {
    if (r.id !== undefined) ids.add(r.id);
    else if ('from' in r) byEnds(r);
  }
  return { ids: [...ids], keys, sources: [...sources] };
}

export function resolveRelationships(
  batch: GraphBatch,
  stored: StoredRelationships,
): { batch: ResolvedBatch; issues: InputIssue[] } {
  const issues: InputIssue[] = [];
  const byKey = (key: string) => stored.byKey.get(key) ?? [];
  const unique = (
    where: string,
    r: { from: string; type: GraphRelationship['type']; to: string },
    key = keyOf(r),
  ) => {
    const found = byKey(key);
    if (found.length > 1) {
      issues.push({
        path: where,
        message: `${found.length} relationships ${r.from} ${r.type} ${r.to} exist (${found.map((f) => f.id).join(', ')}): give the id of the one you mean`,
      });
    }
    return found.length === 1 ? found[0] : undefined;
  };

  const deleteRelationships: GraphRelationship[] = [];
  const deleted = new Map<string, number>();
  batch.deleteRelationships.forEach((ref, i) => {
    const where = `deleteRelationships.${i}`;
    let found: GraphRelationship | undefined;
    if (ref.id !== undefined) {
      found = stored.byId.get(ref.id);
      if (!found) issues.push({ path: `${where}.id`, message: `no relationship "${ref.id}"` });
      else if ('from' in ref && keyOf(ref) !== keyOf(found)) {
        issues.push({
          path: where,
          message: `relationship "${ref.id}" is ${ends(found)}, not ${ref.from} ${ref.type} ${ref.to}`,
        });
      }
    } else if ('from' in ref) {
      found = unique(where, ref);
      if (!found && byKey(keyOf(ref)).length === 0) {
        issues.push({ path: where, message: `no relationship ${ref.from} ${ref.type} ${ref.to}` });
      }
    }
    if (found && !deleted.has(found.id)) {
      deleted.set(found.id, i);
      deleteRelationships.push(found);
    }
  });

  // Ids this batch names, so that a made id never lands on one of them. Plain loops, each key
  // made once and paths only for issues: a first import resolves half a million relationships.
  const items = batch.relationships;
  const claimed = new Map<string, number>();
  for (let i = 0; i < items.length; i++) {
    const id = items[i]!.id;
    if (id !== undefined && !claimed.has(id)) claimed.set(id, i);
  }
  // Items without an id by their default id, which stands for their ends and type (it is a
  // function of them): the last item so far with each.
  const withoutId = new Map<string, number>();
  // Nothing stored with these keys (a first import): no item can match one.
  const anyStored = stored.byKey.size > 0;
  const relationships = new Array<GraphRelationship>(items.length);
  for (let i = 0; i < items.length; i++) {
    const r = items[i]!;
    if (r.id !== undefined) {
      const before = stored.byId.get(r.id);
      if (isDefaultShaped(r.id) && r.id !== defaultRelationshipId(r.from, r.type, r.to)) {
        issues.push({
          path: `relationships.${i}.id`,
          message: `"${r.id}" has the form of an id made from a relationship's ends and type, and not from these`,
        });
      } else if (claimed.get(r.id) !== i) {
        issues.push({
          path: `relationships.${i}.id`,
          message: `"${r.id}" is also relationships.${claimed.get(r.id)}`,
        });
      } else if (before && keyOf(before) !== keyOf(r)) {
        issues.push({
          path: `relationships.${i}.id`,
          message: `relationship "${r.id}" is ${ends(before)}: its ends and type cannot change (delete it and create another)`,
        });
      }
      if (deleted.has(r.id)) {
        issues.push({ path: `relationships.${i}.id`, message: `"${r.id}" is also deleted in this batch` });
      }
      relationships[i] = r as GraphRelationship;
      continue;
    }
    const key = keyOf(r);
    const preferred = defaultRelationshipIdOfKey(key);
    const first = withoutId.get(preferred);
    if (first !== undefined) {
      issues.push({
        path: `relationships.${i}`,
        message: `same ends and type as relationships.${first}: give each an id to keep both`,
      });
    }
    withoutId.set(preferred, i);
    const match = anyStored ? unique(`relationships.${i}`, r, key) : undefined;
    if (match) {
      if (deleted.has(match.id)) {
        issues.push({ path: `relationships.${i}`, message: `"${match.id}" is also deleted in this batch` });
      }
      relationships[i] = { ...r, id: match.id };
      continue;
    }
    // The default id can only be held by a relationship with these ends and type (given ids of
    // its form must be their own default), and `unique` found none in the store; an earlier
    // item with these ends took it, or one of the batch's ids is it.
    const id = first !== undefined || claimed.has(preferred) ? newRelationshipId() : preferred;
    relationships[i] = { ...r, id };
  }
  return { batch: { ...batch, relationships, deleteRelationships }, issues };
}
