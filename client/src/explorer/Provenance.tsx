// Where facts come from: the council document by its title (its file name when the dataset does
// not know it), its section, and the quote when there is one.
interface ProvenanceItem {
  readonly document: string;
  readonly title?: string | null;
  readonly section: string;
  readonly quote?: string | null;
}

export function Provenance({ items }: { items: readonly ProvenanceItem[] }) {
  if (items.length === 0) return <p className="muted">No source recorded.</p>;
  return (
    <ul className="provenance">
      {items.map((p, i) => (
        <li key={`${p.document}-${p.section}-${i}`}>
          <div className="provenance-where">
            {p.title ? <cite>{p.title}</cite> : <span className="mono">{p.document}</span>} · {p.section}
          </div>
          {p.quote && <blockquote>{p.quote}</blockquote>}
        </li>
      ))}
    </ul>
  );
}
