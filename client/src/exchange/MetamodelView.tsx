// The metamodel the server runs with, read from the `metamodel` query: each kind with its fields
// (type, whether required, the choices of a closed field) and each relationship type with the kinds
// allowed at either end, which way a failure travels along it, and how it reads backwards.
import { useQuery } from 'urql';
import type { ImpactDirection, MetamodelPageQuery as Result } from '../generated/graphql.js';
import { isNodeKind } from '../graph/kinds.js';
import { Busy } from '../ui/Busy.js';
import { KindGlyph } from '../ui/KindGlyph.js';
import { ErrorNotice } from '../ui/Notice.js';
import type { ViewProps } from '../ui/view-props.js';
import { MetamodelPageQuery } from './queries.js';

type Kind = Result['metamodel']['kinds'][number];

const IMPACT_WORDS: Record<ImpactDirection, string> = {
  SOURCE: 'to the source: when the target fails, the source is affected',
  TARGET: 'to the target: when the source fails, the target is affected',
  NONE: 'none: a failure does not travel along it',
};

const glyph = (kind: string) => (isNodeKind(kind) ? <KindGlyph kind={kind} size={12} /> : null);

export function MetamodelView(_: ViewProps) {
  const [{ data, error, fetching }] = useQuery({ query: MetamodelPageQuery });
  const m = data?.metamodel;
  return (
    <div className="view">
      <div className="toolbar" role="toolbar" aria-label="Metamodel">
        <h1 className="toolbar-title">
          Metamodel{m ? ': ' : ''}
          {m && <strong data-testid="metamodel-name">{m.name}</strong>}
        </h1>
        <span className="muted">The kinds and relationships the graph may hold</span>
      </div>
      <div className="page exchange-page" data-testid="metamodel-page">
        <Busy active={fetching} label="Reading the metamodel…" />
        {error && <ErrorNotice title="Could not read the metamodel" error={error} />}
        {m && (
          <>
            <nav aria-label="Kinds" className="quality-summary">
              <ul>
                {m.kinds.map((k) => (
                  <li key={k.kind}>
                    <a href={`#kind-${k.kind}`}>
                      {glyph(k.kind)} {k.kind}
                    </a>
                  </li>
                ))}
                <li>
                  <a href="#relationship-types">Relationship types ({m.relationshipTypes.length})</a>
                </li>
              </ul>
            </nav>
            <h2>Kinds ({m.kinds.length})</h2>
            {m.kinds.map((k) => (
              <KindSection key={k.kind} kind={k} />
            ))}
            <section id="relationship-types" aria-labelledby="relationship-types-title">
              <h2 id="relationship-types-title">Relationship types ({m.relationshipTypes.length})</h2>
              <table className="data-table card" data-testid="relationship-types">
                <caption>Each type, the kinds allowed at its ends, and the way a failure travels</caption>
                <thead>
                  <tr>
                    <th scope="col">Type</th>
                    <th scope="col">From</th>
                    <th scope="col">To</th>
                    <th scope="col">Impact goes</th>
                    <th scope="col">Read backwards</th>
                    <th scope="col">Meaning</th>
                  </tr>
                </thead>
                <tbody>
                  {m.relationshipTypes.map((r) => (
                    <tr key={r.type}>
                      <th scope="row" className="mono">
                        {r.type}
                      </th>
                      <td>{r.from.join(', ')}</td>
                      <td>{r.to.join(', ')}</td>
                      <td>{IMPACT_WORDS[r.impact]}</td>
                      <td>{r.inverse}</td>
                      <td>{r.doc}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          </>
        )}
      </div>
    </div>
  );
}

function KindSection({ kind: k }: { kind: Kind }) {
  return (
    <section id={`kind-${k.kind}`} className="quality-section" aria-labelledby={`kind-${k.kind}-title`}>
      <h3 id={`kind-${k.kind}-title`}>
        {glyph(k.kind)} {k.kind}
      </h3>
      <p className="hint">
        Ids start <span className="mono">{k.idPrefix}:</span> · impact role: {k.impactRole}
        {k.doc ? ` · ${k.doc}` : ''}
      </p>
      <table className="data-table card" data-testid={`kind-${k.kind}`}>
        <caption>Fields of {k.kind}</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Type</th>
            <th scope="col">Required</th>
            <th scope="col">Choices</th>
            <th scope="col">Meaning</th>
          </tr>
        </thead>
        <tbody>
          {k.fields.map((f) => (
            <tr key={f.name}>
              <th scope="row" className="mono">
                {f.name}
              </th>
              <td>{f.type}</td>
              <td>{f.required ? 'required' : 'optional'}</td>
              <td>{f.enumValues?.length ? f.enumValues.join(', ') : '—'}</td>
              <td>{f.doc}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
