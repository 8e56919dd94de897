// Several neighbourhoods fetched together and merged into one graph: the explorer's root and each
// node the user expanded. urql's cache answers the ones already fetched, so expanding one more
// node costs one request. Only the first (the root) failing is an error; an expanded node that
// has gone is reported and left out. After an edit they are read again (see graph-revision.ts).
import { useEffect, useState } from 'react';
import { useClient, type CombinedError } from 'urql';
import type {
  Direction,
  NeighbourhoodQuery as Result,
  NodeKind,
  RelationshipType,
} from '../generated/graphql.js';
import { mergeGraphs, type GraphData } from '../graph/graph-data.js';
import { useAsAt } from '../url/as-at.js';
import { useGraphRevision } from './graph-revision.js';
import { NeighbourhoodQuery } from './graph-queries.js';

export interface NeighbourhoodRequest {
  readonly id: string;
  readonly depth: number;
  readonly limit?: number;
  readonly kinds?: readonly NodeKind[];
  readonly types?: readonly RelationshipType[];
  readonly direction?: Direction;
}

export interface Neighbourhoods {
  readonly graph: GraphData | null;
  readonly fetching: boolean;
  readonly error: CombinedError | null;
  readonly truncated: boolean;
  /** Expanded nodes whose neighbourhood could not be read. */
  readonly missing: readonly string[];
}

export function subgraphToGraph(subgraph: Result['neighbourhood']): GraphData {
  return {
    nodes: subgraph.nodes.map((n) => ({ id: n.id, kind: n.kind, name: n.name })),
    edges: subgraph.relationships.map((r) => ({ id: r.id, type: r.type, from: r.from, to: r.to })),
  };
}

const IDLE: Neighbourhoods = { graph: null, fetching: false, error: null, truncated: false, missing: [] };

export function useNeighbourhoods(requests: readonly NeighbourhoodRequest[]): Neighbourhoods {
  const client = useClient();
  const [state, setState] = useState<Neighbourhoods>(IDLE);
  const asAt = useAsAt();
  const key = JSON.stringify(requests);
  const revision = useGraphRevision();

  useEffect(() => {
    const wanted = JSON.parse(key) as NeighbourhoodRequest[];
    if (wanted.length === 0) {
      setState(IDLE);
      return;
    }
    let current = true;
    setState((s) => ({ ...s, fetching: true, error: null }));
    void Promise.all(
      wanted.map((r) =>
        client
          .query(NeighbourhoodQuery, {
            id: r.id,
            depth: r.depth,
            limit: r.limit ?? 300,
            kinds: r.kinds ? [...r.kinds] : null,
            types: r.types ? [...r.types] : null,
            direction: r.direction ?? 'BOTH',
            asAt,
          })
          .toPromise(),
      ),
    ).then((results) => {
      if (!current) return;
      const [root] = results;
      if (root?.error || !root?.data) {
        setState({ ...IDLE, error: root?.error ?? null });
        return;
      }
      const ok = results.filter((r) => r.data && !r.error);
      setState({
        graph: mergeGraphs(ok.map((r) => subgraphToGraph(r.data!.neighbourhood))),
        fetching: false,
        error: null,
        truncated: ok.some((r) => r.data!.neighbourhood.truncated),
        missing: wanted.filter((_, i) => results[i]!.error).map((r) => r.id),
      });
    });
    return () => {
      current = false;
    };
  }, [client, key, revision, asAt]);

  return state;
}
