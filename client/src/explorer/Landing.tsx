// The explorer before a node is chosen: what the graph holds, a way in by kind, and (for people
// who may edit) a way to add a node.
import { useState } from 'react';
import { useQuery } from 'urql';
import { useAsAt } from '../url/as-at.js';
import { graphql } from '../generated/gql.js';
import type { NodeKind } from '../generated/graphql.js';
import { SearchQuery } from '../api/graph-queries.js';
import { KIND_LOOK, NODE_KINDS } from '../graph/kinds.js';
import { KindGlyph } from '../ui/KindGlyph.js';
import { ErrorNotice } from '../ui/Notice.js';
import { Busy } from '../ui/Busy.js';

const CountsQuery = graphql(`
  query Counts {
    counts {
      nodes
      relationships
      byKind {
        kind
        count
      }
    }
  }
`);

// The kind counts are of the whole graph; the list is of what is live on the as-at date.
export function Landing({ onPick, onCreate }: { onPick: (id: string) => void; onCreate?: () => void }) {
  const [kind, setKind] = useState<NodeKind>('System');
  const [counts] = useQuery({ query: CountsQuery });
  const asAt = useAsAt();
  const [list] = useQuery({ query: SearchQuery, variables: { text: '', kinds: [kind], first: 100, asAt } });
  const byKind = new Map(counts.data?.counts.byKind.map((k) => [k.kind, k.count]) ?? []);

  return (
    <div className="landing">
      <div className="row spread">
        <h1>Find something to explore</h1>
        {onCreate && (
          <button type="button" className="primary" onClick={onCreate} data-testid="new-node">
            New node
          </button>
        )}
      </div>
      <p className="lede">
        Search above (press <kbd>/</kbd>) for a strategy, project, system, contract, partner or site, or
        browse by kind below.
        {counts.data &&
          ` The graph holds ${counts.data.counts.nodes} nodes and ${counts.data.counts.relationships} relationships.`}
      </p>
      {counts.error && <ErrorNotice title="Could not read the graph's size" error={counts.error} />}
      <div className="kind-tabs" role="tablist" aria-label="Browse by kind">
        {NODE_KINDS.map((k) => (
          <button
            key={k}
            type="button"
            role="tab"
            aria-selected={k === kind}
            className={k === kind ? 'kind-tab active' : 'kind-tab'}
            onClick={() => setKind(k)}
          >
            <KindGlyph kind={k} />
            {KIND_LOOK[k].plural}
            <span className="count">{byKind.get(k) ?? '…'}</span>
          </button>
        ))}
      </div>
      <div role="tabpanel" className="browse">
        <Busy active={list.fetching} label="Loading…" />
        {list.error && (
          <ErrorNotice
            title={`Could not list the ${KIND_LOOK[kind].plural.toLowerCase()}`}
            error={list.error}
          />
        )}
        <ul className="browse-list">
          {list.data?.search.edges.map(({ node }) => (
            <li key={node.id}>
              <button type="button" className="link" onClick={() => onPick(node.id)}>
                <KindGlyph kind={node.kind} size={12} />
                {node.name}
              </button>
            </li>
          ))}
        </ul>
        {list.data && list.data.search.totalCount > list.data.search.edges.length && (
          <p className="muted">
            The first {list.data.search.edges.length} of {list.data.search.totalCount}; search to find the
            rest.
          </p>
        )}
      </div>
    </div>
  );
}
