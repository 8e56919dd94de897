// One page of search results, the same in every store: each candidate scored by the domain's
// word matching (domain/search/match.ts), ordered by score, then lower-cased name, then id,
// and cut at the cursor. The read cache passes its whole snapshot with a test of what is live on
// the as-at day; the Cypher stores pass the nodes of the asked-for kinds live on it (typo
// tolerance rules out narrowing them by words in Cypher).
import type { GraphNode } from '../domain/metamodel/index.js';
import { prepareQuery, scoreMatch, type Searchable } from '../domain/search/match.js';
import type { SearchPage, SearchQuery } from './port.js';
import { compareText } from './records.js';
import { decodeSearchCursor, encodeSearchCursor, type SearchCursor } from './search-cursor.js';

export interface SearchCandidate<N extends Pick<GraphNode, 'id' | 'kind'> = GraphNode> {
  readonly node: N;
  readonly searchable: Searchable;
  readonly sortName: string;
}

interface Hit<N extends Pick<GraphNode, 'id' | 'kind'>> {
  readonly score: number;
  readonly candidate: SearchCandidate<N>;
}

/** A search page before its nodes are read: what the store passed in for each hit. */
export type SearchHits<N> = Omit<SearchPage, 'nodes'> & { readonly nodes: N[] };

const keyOf = (h: Hit<Pick<GraphNode, 'id' | 'kind'>>): SearchCursor => ({
  rank: h.score,
  sortName: h.candidate.sortName,
  id: h.candidate.node.id,
});

const compareKeys = (a: SearchCursor, b: SearchCursor) =>
  a.rank - b.rank || compareText(a.sortName, b.sortName) || compareText(a.id, b.id);

/** Candidates must come in (sortName, id) order: hits are gathered per score, which keeps that
 *  order within a score without sorting (an empty query at 100k nodes lists them all). */
export function searchPage<N extends Pick<GraphNode, 'id' | 'kind'>>(
  candidates: Iterable<SearchCandidate<N>>,
  query: SearchQuery,
  module: string,
  /** Whether a candidate is live on the query's as-at day, for a store whose candidates are not
   *  already only the live ones: asked after the kind filter, before any word is scored. */
  liveOnDay?: (node: N) => boolean,
): SearchHits<N> {
  const cursor = query.after ? decodeSearchCursor(query.after, module) : null;
  const prepared = prepareQuery(query.text);
  const ranked = prepared.words.length > 0;
  const kinds = query.kinds?.length ? new Set(query.kinds) : null;
  const byScore = new Map<number, SearchCandidate<N>[]>();
  let totalCount = 0;
  for (const candidate of candidates) {
    if (kinds && !kinds.has(candidate.node.kind)) continue;
    if (liveOnDay && !liveOnDay(candidate.node)) continue;
    const score = scoreMatch(prepared, candidate.searchable);
    if (score === null) continue;
    totalCount++;
    if (cursor && score < cursor.rank) continue;
    let list = byScore.get(score);
    if (!list) byScore.set(score, (list = []));
    // With no words every candidate scores 0 and comes in page order: past the page and the one
    // that says there is another, the rest are only counted (an empty query lists 100k nodes).
    if (!ranked && list.length > query.first && !cursor) continue;
    list.push(candidate);
  }
  const page: Hit<N>[] = [];
  let hasNextPage = false;
  pages: for (const score of [...byScore.keys()].sort((a, b) => a - b)) {
    for (const candidate of byScore.get(score)!) {
      const hit = { score, candidate };
      if (cursor && compareKeys(keyOf(hit), cursor) <= 0) continue;
      if (page.length === query.first) {
        hasNextPage = true;
        break pages;
      }
      page.push(hit);
    }
  }
  return {
    nodes: page.map((h) => h.candidate.node),
    cursors: page.map((h) => encodeSearchCursor(keyOf(h))),
    hasNextPage,
    totalCount,
  };
}
