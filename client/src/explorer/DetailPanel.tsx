// The detail panel: a node's fields, where each fact comes from (document, section and the
// quote), its relationships as links, read from the node's side ("depends on", "used by"), and
// its change history. Views add their own actions; the explorer adds editing where allowed.
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { useAsAt } from '../url/as-at.js';
import type { NodeDetailQuery as Result } from '../generated/graphql.js';
import { useRelationshipReadings } from '../api/use-relationship-readings.js';
import { KindBadge, KindGlyph } from '../ui/KindGlyph.js';
import { ErrorNotice, Notice } from '../ui/Notice.js';
import { formatPartialDate } from '../contracts/dates.js';
import { Busy } from '../ui/Busy.js';
import { HistoryList } from '../editing/HistoryList.js';
import { NodeDetailQuery } from './queries.js';
import { nodeFields } from './fields.js';
import { Provenance } from './Provenance.js';

interface DetailPanelProps {
  readonly id: string;
  /** Where a relationship link leads, and what a click on it does. */
  readonly hrefFor: (id: string) => string;
  readonly onOpen: (id: string) => void;
  readonly actions?: (node: Result['node']) => ReactNode;
  /** Editing controls, on a row of their own under the actions. */
  readonly editor?: (node: Result['node']) => ReactNode;
  /** Something to do with one relationship (unlink), given how it reads from this node. */
  readonly relationshipAction?: (relationship: Relationship, reading: string) => ReactNode;
}

type Relationship = Result['neighbourhood']['relationships'][number];

export function DetailPanel({ id, hrefFor, onOpen, actions, editor, relationshipAction }: DetailPanelProps) {
  const asAt = useAsAt();
  const [{ data, error, fetching }] = useQuery({ query: NodeDetailQuery, variables: { id, asAt } });
  const readings = useRelationshipReadings();
  // Links and actions in the panel change what it shows, and the element that had focus goes
  // with the old content; focus then moves to the new heading rather than falling to <body>.
  const hadFocus = useRef(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (
      hadFocus.current &&
      heading.current &&
      (!document.activeElement || document.activeElement === document.body)
    )
      heading.current.focus();
  });

  const names = useMemo(() => new Map(data?.neighbourhood.nodes.map((n) => [n.id, n]) ?? []), [data]);
  const groups = useMemo(() => {
    if (!data) return [];
    const byReading = new Map<string, { other: string; r: Relationship }[]>();
    for (const r of data.neighbourhood.relationships) {
      if (r.from !== id && r.to !== id) continue;
      const outgoing = r.from === id;
      const reading = outgoing ? readings.outgoing(r.type) : readings.incoming(r.type);
      const other = outgoing ? r.to : r.from;
      byReading.set(reading, [...(byReading.get(reading) ?? []), { other, r }]);
    }
    return [...byReading].map(([reading, items]) => ({
      reading,
      items: items
        .map((i) => ({ ...i, node: names.get(i.other) }))
        .sort((a, b) => (a.node?.name ?? a.other).localeCompare(b.node?.name ?? b.other)),
    }));
  }, [data, id, readings, names]);

  if (error) return <ErrorNotice title={`Could not load ${id}`} error={error} />;
  if (!data) return <Busy active={fetching} label="Loading details…" />;
  const node = data.node;
  const fields = nodeFields(node as unknown as Record<string, unknown>);

  return (
    <article
      className="detail"
      aria-labelledby="detail-title"
      data-testid="detail-panel"
      onFocus={() => (hadFocus.current = true)}
      onBlur={(e) => {
        if (e.relatedTarget && !e.currentTarget.contains(e.relatedTarget)) hadFocus.current = false;
      }}
    >
      <header className="detail-head">
        <KindBadge kind={node.kind} />
        <h2 id="detail-title" ref={heading} tabIndex={-1}>
          {node.name}
        </h2>
        <code className="detail-id">{node.id}</code>
      </header>
      {!node.live && (
        <Notice tone="info" title={`Not live on ${formatPartialDate(asAt)}`}>
          {notLiveBecause(node, asAt)} Nothing is connected to it on that date; move the As at date to see it
          in use.
        </Notice>
      )}
      {actions && <div className="detail-actions">{actions(node)}</div>}
      {editor?.(node)}
      {node.description && <p className="detail-description">{node.description}</p>}
      {node.aliases.length > 0 && (
        <p className="detail-aliases">Also called: {node.aliases.map((a) => `“${a}”`).join(', ')}</p>
      )}
      {fields.length > 0 && (
        <dl className="fields">
          {fields.map((f) => (
            <div key={f.name}>
              <dt>{f.label}</dt>
              <dd>{f.value}</dd>
            </div>
          ))}
        </dl>
      )}
      <section aria-labelledby="detail-sources">
        <h3 id="detail-sources">Sources</h3>
        <Provenance items={node.provenance} />
      </section>
      <section aria-labelledby="detail-relationships">
        <h3 id="detail-relationships">
          Relationships <span className="count">{groups.reduce((n, g) => n + g.items.length, 0)}</span>
        </h3>
        {groups.length === 0 && <p className="muted">No relationships recorded.</p>}
        {groups.map((g) => (
          <div key={g.reading} className="rel-group">
            <h4>{g.reading}</h4>
            <ul>
              {g.items.map(({ other, node: n, r }) => (
                <li key={r.id} data-testid={`rel-${r.id}`}>
                  <a
                    href={hrefFor(other)}
                    onClick={(e) => {
                      e.preventDefault();
                      onOpen(other);
                    }}
                    title={readings.doc(r.type)}
                  >
                    {n && <KindGlyph kind={n.kind} size={12} />}
                    {n?.name ?? other}
                  </a>
                  {r.redundancy && (
                    <span className="rel-note">
                      {r.redundancy.k} of group “{r.redundancy.group}” needed
                    </span>
                  )}
                  {r.fallback && <span className="rel-note">falls back to {r.fallback}</span>}
                  {r.note && <span className="rel-note">{r.note}</span>}
                  {/* After the link it acts on, in reading and tab order. */}
                  {relationshipAction?.(r, `${g.reading} ${n?.name ?? other}`)}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
      <HistoryList id={node.id} nameOf={(other) => names.get(other)?.name ?? other} />
    </article>
  );
}

/** Why a node is not live on the day, from its lifecycle (the server decided that it is not). */
function notLiveBecause(
  node: { start: string | null; end: string | null; planned: boolean | null },
  asAt: string,
) {
  if (node.start && node.start > asAt) return `It starts ${formatPartialDate(node.start)}.`;
  if (node.end && node.end < asAt) return `It ended ${formatPartialDate(node.end)}.`;
  if (node.planned) return 'It is planned, with no start date yet.';
  return 'Its dates do not cover that day.';
}
