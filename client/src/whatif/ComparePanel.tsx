// Two saved scenarios side by side: what the second adds, spares, and changes the state of.
import { useQuery } from 'urql';
import { STATE_LOOK } from '../graph/states.js';
import { KindGlyph } from '../ui/KindGlyph.js';
import { ErrorNotice } from '../ui/Notice.js';
import { Busy } from '../ui/Busy.js';
import { CompareScenariosQuery } from './queries.js';

interface ComparePanelProps {
  readonly a: string;
  readonly b: string;
  /** Null: the server's default day for the scenarios' events. */
  readonly asAt: string | null;
  readonly name: (id: string) => string;
  readonly onClose: () => void;
}

export function ComparePanel({ a, b, asAt, name, onClose }: ComparePanelProps) {
  const [{ data, error, fetching }] = useQuery({ query: CompareScenariosQuery, variables: { a, b, asAt } });
  const c = data?.compareScenarios;
  const section = (
    title: string,
    rows: { id: string; kind: Parameters<typeof KindGlyph>[0]['kind']; name: string; note: string }[],
  ) => (
    <section>
      <h4>
        {title} <span className="count">{rows.length}</span>
      </h4>
      {rows.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <ul className="compare-list">
          {rows.map((r) => (
            <li key={r.id}>
              <KindGlyph kind={r.kind} size={12} /> {r.name} <span className="muted">{r.note}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
  return (
    <section className="compare" aria-labelledby="compare-title" data-testid="compare">
      <div className="row spread">
        <h3 id="compare-title">
          “{name(b)}” against “{name(a)}”
        </h3>
        <button type="button" className="icon" aria-label="Close the comparison" onClick={onClose}>
          ×
        </button>
      </div>
      <Busy active={fetching} label="Comparing…" />
      {error && <ErrorNotice title="Could not compare the scenarios" error={error} />}
      {c && (
        <>
          {section(
            'Newly affected',
            c.newlyAffected.map((s) => ({ ...s.node, note: STATE_LOOK[s.state].label.toLowerCase() })),
          )}
          {section(
            'No longer affected',
            c.noLongerAffected.map((s) => ({
              ...s.node,
              note: `was ${STATE_LOOK[s.state].label.toLowerCase()}`,
            })),
          )}
          {section(
            'State changed',
            c.stateChanges.map((s) => ({
              ...s.node,
              note: `${STATE_LOOK[s.from].label.toLowerCase()} → ${STATE_LOOK[s.to].label.toLowerCase()}`,
            })),
          )}
        </>
      )}
    </section>
  );
}
