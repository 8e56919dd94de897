// Relationships looked up by key (`from|TYPE|to`), through their sources' outgoing edges and
// matched here: one key lookup per source is far cheaper on LadybugDB than one pattern per
// relationship. Used inside a write (what a batch touches) and by history reads (records now).
import { RELATIONSHIP_TYPES, relationshipKey, type GraphRelationship } from '../../domain/metamodel/index.js';
import { rowToRelationship, type ReadRow } from '../records.js';
import type { Params } from './session.js';
import type { Statements } from './statements.js';

/** The relationships with these keys that exist, by key; `sources` are the keys' `from` ends. */
export async function relationshipsByKey(
  run: (statement: string, params: Params) => Promise<ReadRow[]>,
  q: Statements,
  keys: ReadonlySet<string>,
  sources: Iterable<string>,
): Promise<Map<string, GraphRelationship>> {
  const found = new Map<string, GraphRelationship>();
  const ids = [...new Set(sources)];
  if (ids.length === 0) return found;
  for (const row of await run(q.expandOut, { ids, types: [...RELATIONSHIP_TYPES] })) {
    const rel = rowToRelationship(row);
    const key = relationshipKey(rel.from, rel.type, rel.to);
    if (keys.has(key)) found.set(key, rel);
  }
  return found;
}
