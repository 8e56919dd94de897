// Relationships looked up by key (`from|TYPE|to`), through their sources' outgoing edges and
// matched here: one key lookup per source is far cheaper on LadybugDB than one pattern per
// relationship. And relationships looked up by id. Used inside a write (what a batch touches)
// and by history reads (records now).
import type { StoredRelationships } from '../../domain/history/relationship-identity.js';
import { relationshipKey, type GraphRelationship } from '../../domain/metamodel/index.js';
import { rowToRelationship, type ReadRow } from '../records.js';
import type { Params } from './session.js';
import type { Statements } from './statements.js';

type Run = (statement: string, params: Params) => Promise<ReadRow[]>;

/** The relationships with these keys that exist, every one of each key (parallel relationships
 *  share a key); `sources` are the keys' `from` ends. */
export async function relationshipsByKey(
  run: Run,
  q: Statements,
  keys: ReadonlySet<string>,
  sources: Iterable<string>,
): Promise<Map<string, GraphRelationship[]>> {
  const found = new Map<string, GraphRelationship[]>();
  const ids = [...new Set(sources)];
  if (ids.length === 0 || keys.size === 0) return found;
  for (const row of await run(q.expandOut, { ids, types: [...q.layout.relationshipTypes] })) {
    const rel = rowToRelationship(row, q.layout);
    const key = relationshipKey(rel.from, rel.type, rel.to);
    if (!keys.has(key)) continue;
    const list = found.get(key);
    if (list) list.push(rel);
    else found.set(key, [rel]);
  }
  return found;
}

/** The relationships with these ids that exist, by id. */
export async function relationshipsById(
  run: Run,
  q: Statements,
  ids: readonly string[],
): Promise<Map<string, GraphRelationship>> {
  if (ids.length === 0) return new Map();
  return new Map(
    (await run(q.relationshipsById, { ids: [...ids] })).map((row) => {
      const rel = rowToRelationship(row, q.layout);
      return [rel.id, rel] as const;
    }),
  );
}

/** What relationship-identity.ts needs to resolve a batch, read in one go. */
export async function storedRelationships(
  run: Run,
  q: Statements,
  lookups: { ids: readonly string[]; keys: ReadonlySet<string>; sources: readonly string[] },
): Promise<StoredRelationships> {
  // One after the other: inside a write they share one connection.
  const byId = await relationshipsById(run, q, lookups.ids);
  const byKey = await relationshipsByKey(run, q, lookups.keys, lookups.sources);
  return { byId, byKey };
}
