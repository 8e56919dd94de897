// The metamodel the server runs with, read from the `metamodel` query: each kind with its fields
// (type, whether required, the limits of a number or text, the choices of a closed field), each
// relationship type with the kinds allowed at either end, which way a failure travels along it,
// and how it reads backwards, and the changes an admin made to it.
import { useQuery } from 'urql';
import type { ImpactDirection, MetamodelPageQuery as Result } from '../generated/graphql.js';
import { isNodeKind } from '../graph/kinds.js';
import { Busy } from '../ui/Busy.js';
import { KindGlyph } from '../ui/KindGlyph.js';
import { ErrorNotice } from '../ui/Notice.js';
import type { ViewProps } from '../ui/view-props.js';
import { MetamodelPageQuery } from './queries.js';

type Kind = Result['metamodel']['kinds'][number];
type Field = Kind['fields'][number];
type Change = Result['metamodel']['changes'][number];

const number = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 6 });
/** A bound past what a number can hold exactly is no limit a reader needs told. */
const bound = (value: number | null | undefined) =>
  value == null || Math.abs(value) >= Number.MAX_SAFE_INTEGER ? null : value;

/** A field's limits in words: "0 to 8,760", "at most 2,000 characters", or a dash. */
function limitsOf(f: Pick<Field, 'min' | 'max' | 'minLength' | 'maxLength'>): string {
  const range = (low: number | null, high: number | null, unit: string) =>
    low !== null && high !== null
      ? `${number.format(low)} to ${number.format(high)}${unit}`
      : low !== null
        ? `at least ${number.format(low)}${unit}`
        : high !== null
          ? `at most ${number.format(high)}${unit}`
          : null;
  return (
    range(bound(f.min), bound(f.max), '') ??
    range(bound(f.minLength), bound(f.maxLength), ' characters') ??
    '—'
  );
}

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
            <ChangesSection hash={m.hash} changes={m.changes} />
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
            <th scope="col">Limits</th>
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
              <td>{limitsOf(f)}</td>
              <td>{f.enumValues?.length ? f.enumValues.join(', ') : '—'}</td>
              <td>{f.doc}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function ChangesSection({ hash, changes }: { hash: string; changes: readonly Change[] }) {
  return (
    <section id="metamodel-changes" aria-labelledby="metamodel-changes-title">
      <h2 id="metamodel-changes-title">Changes</h2>
      <p className="hint">
        The store holds this metamodel as <span className="mono">{hash}</span>. An admin changes it with the
        changeMetamodel mutation (a dry run first).
      </p>
      {changes.length === 0 ? (
        <p className="muted">No change has been made to it on this store.</p>
      ) : (
        <table className="data-table card" data-testid="metamodel-changes">
          <caption>Metamodel changes, newest first</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">From</th>
              <th scope="col">To</th>
              <th scope="col">Graph version</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((c) => (
              <tr key={c.version}>
                <td>{new Date(c.at).toLocaleString('en-GB')}</td>
                <td>{c.actor}</td>
                <td>
                  {c.fromName} <span className="mono muted">{c.fromHash}</span>
                </td>
                <td>
                  {c.toName} <span className="mono muted">{c.toHash}</span>
                </td>
                <td>{c.version}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
