// Data quality: what the graph does not know and an answer needs, one section per gap, each entry
// a link to the form that fills it in (the explorer with the node's edit form open; for an
// inferred link, the explorer on its source node, whose panel lists the link and its sources).
import { useQuery } from 'urql';
import { typeLabel } from '../graph/kinds.js';
import { Busy } from '../ui/Busy.js';
import { KindGlyph } from '../ui/KindGlyph.js';
import { ErrorNotice } from '../ui/Notice.js';
import type { ViewProps } from '../ui/view-props.js';
import { formatUrl, type UrlState } from '../url/url-state.js';
import type { NodeKind } from '../generated/graphql.js';
import { DataQualityQuery } from './queries.js';

const FIRST = 100;

type NodeGapKey =
  | 'contractsWithoutEnd'
  | 'contractsWithoutNotice'
  | 'systemsWithoutRecoveryObjective'
  | 'criticalSystemsWithoutHost'
  | 'nodesWithoutSource';

/** Each gap: what is missing, why an answer needs it, and which field of the form fills it. */
const GAPS: readonly { key: NodeGapKey; title: string; why: string; field: string }[] = [
  {
    key: 'contractsWithoutEnd',
    title: 'Contracts without an end date',
    why: 'The contracts view cannot warn of their lapse, and no what-if can run it.',
    field: 'End',
  },
  {
    key: 'contractsWithoutNotice',
    title: 'Contracts without a notice period',
    why: 'The contracts view cannot say by when notice must be given.',
    field: 'Notice period',
  },
  {
    key: 'systemsWithoutRecoveryObjective',
    title: 'Systems without a recovery objective',
    why: 'A what-if cannot say whether an outage breaches what the service promised.',
    field: 'Recovery time objective',
  },
  {
    key: 'criticalSystemsWithoutHost',
    title: 'Critical systems with no host',
    why: 'High or critical systems hosted at no site: a site’s failure never reaches them.',
    field: 'Link… hosted at',
  },
  {
    key: 'nodesWithoutSource',
    title: 'Nodes with no source',
    why: 'Nothing says where these facts come from; a reader cannot check them.',
    field: 'Provenance',
  },
];

export function DataQualityView({ state, navigate }: ViewProps) {
  const [{ data, error, fetching }] = useQuery({ query: DataQualityQuery, variables: { first: FIRST } });
  const q = data?.dataQuality;
  const link = (patch: Partial<UrlState>) => {
    const target = { ...state, view: 'explore' as const, expanded: [], ...patch };
    return {
      href: formatUrl(target),
      onClick: (e: React.MouseEvent) => {
        e.preventDefault();
        navigate(target);
      },
    };
  };
  const nodeLink = (n: { id: string; kind: NodeKind; name: string }, edit: boolean) => (
    <a {...link({ node: n.id, selected: n.id, edit: edit ? n.id : null })}>
      <KindGlyph kind={n.kind} size={12} /> {n.name}
    </a>
  );
  const more = (total: number, shown: number) =>
    total > shown && (
      <p className="muted">
        and {total - shown} more (the first {shown} are listed).
      </p>
    );

  return (
    <div className="view">
      <div className="toolbar" role="toolbar" aria-label="Data quality">
        <h1 className="toolbar-title">Data quality</h1>
        <span className="muted">What the graph does not know and an answer needs</span>
      </div>
      <div className="quality-page" data-testid="data-quality">
        <Busy active={fetching} label="Reading the graph…" />
        {error && <ErrorNotice title="Could not check the data" error={error} />}
        {q && (
          <nav className="quality-summary" aria-label="Gaps">
            <ul>
              {GAPS.map((g) => (
                <li key={g.key}>
                  <a href={`#gap-${g.key}`}>
                    {g.title} <span className="count">{q[g.key].totalCount}</span>
                  </a>
                </li>
              ))}
              <li>
                <a href="#gap-inferredLinks">
                  Inferred links <span className="count">{q.inferredLinks.totalCount}</span>
                </a>
              </li>
            </ul>
          </nav>
        )}
        {q &&
          GAPS.map((g) => (
            <section
              key={g.key}
              id={`gap-${g.key}`}
              className="quality-section"
              aria-labelledby={`gap-${g.key}-title`}
              data-testid={`gap-${g.key}`}
            >
              <h2 id={`gap-${g.key}-title`}>
                {g.title} <span className="count">{q[g.key].totalCount}</span>
              </h2>
              <p className="hint">
                {g.why} Fix: open the form and fill in <strong>{g.field}</strong>.
              </p>
              {q[g.key].items.length === 0 ? (
                <p className="muted">None: nothing to fix.</p>
              ) : (
                <ul className="quality-list">
                  {q[g.key].items.map((n) => (
                    <li key={n.id}>{nodeLink(n, g.key !== 'criticalSystemsWithoutHost')}</li>
                  ))}
                </ul>
              )}
              {more(q[g.key].totalCount, q[g.key].items.length)}
            </section>
          ))}
        {q && (
          <section
            id="gap-inferredLinks"
            className="quality-section"
            aria-labelledby="gap-inferredLinks-title"
            data-testid="gap-inferredLinks"
          >
            <h2 id="gap-inferredLinks-title">
              Inferred links <span className="count">{q.inferredLinks.totalCount}</span>
            </h2>
            <p className="hint">
              Every source only implies these relationships. Fix: open the source node and cite a document
              that states the link, or remove it.
            </p>
            {q.inferredLinks.items.length === 0 ? (
              <p className="muted">None: nothing to fix.</p>
            ) : (
              <ul className="quality-list">
                {q.inferredLinks.items.map((l) => (
                  <li key={l.relationship.id}>
                    {nodeLink(l.from, false)} <span className="mono">{typeLabel(l.relationship.type)}</span>{' '}
                    {l.to.name}{' '}
                    <span className="muted">
                      ({l.relationship.provenance.map((p) => `${p.document} § ${p.section}`).join('; ')})
                    </span>
                  </li>
                ))}
              </ul>
            )}
            {more(q.inferredLinks.totalCount, q.inferredLinks.items.length)}
          </section>
        )}
      </div>
    </div>
  );
}
