import { useEffect, useState } from 'react';
import { graphql } from './graphql.js';

interface Counts {
  counts: { nodes: number; relationships: number; byKind: { kind: string; count: number }[] };
}
interface Found {
  search: { totalCount: number; edges: { node: { id: string; kind: string; name: string } }[] };
}

export function App() {
  const [counts, setCounts] = useState<Counts['counts'] | null>(null);
  const [text, setText] = useState('');
  const [found, setFound] = useState<Found['search'] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    graphql<Counts>('{ counts { nodes relationships byKind { kind count } } }')
      .then((d) => setCounts(d.counts))
      .catch((e: Error) => setError(e.message));
  }, []);

  useEffect(() => {
    graphql<Found>(
      'query($text: String!) { search(text: $text, first: 20) { totalCount edges { node { id kind name } } } }',
      { text },
    )
      .then((d) => setFound(d.search))
      .catch((e: Error) => setError(e.message));
  }, [text]);

  return (
    <main style={{ fontFamily: 'system-ui, sans-serif', maxWidth: 720, margin: '2rem auto' }}>
      <h1>Architecture explorer</h1>
      {error && <p role="alert">Could not reach the API: {error}</p>}
      {counts && (
        <p>
          {counts.nodes} nodes and {counts.relationships} relationships:{' '}
          {counts.byKind.map((k) => `${k.count} ${k.kind}`).join(', ')}.
        </p>
      )}
      <label>
        Find <input value={text} onChange={(e) => setText(e.target.value)} placeholder="name or alias" />
      </label>
      {found && (
        <>
          <p>{found.totalCount} found</p>
          <ul>
            {found.edges.map(({ node }) => (
              <li key={node.id}>
                {node.name} <small>({node.kind})</small>
              </li>
            ))}
          </ul>
        </>
      )}
    </main>
  );
}
