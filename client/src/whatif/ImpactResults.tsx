// The side list of a what-if run: totals by state, the explanation of the chosen node, breached
// recovery objectives, and every affected node grouped by state and kind.
import type { ReactNode } from 'react';
import type { ImpactQuery } from '../generated/graphql.js';
import { KIND_LOOK } from '../graph/kinds.js';
import { AFFECTED_STATES, STATE_LOOK } from '../graph/states.js';
import { KindGlyph } from '../ui/KindGlyph.js';
import { groupAffected, stateTotals } from './impact-graph.js';

interface ImpactResultsProps {
  readonly report: ImpactQuery['impact'];
  readonly selected: string | null;
  readonly onSelect: (id: string | null) => void;
  /** Shown above the list when the canvas is not there to carry it (table view). */
  readonly explanation?: ReactNode;
}

export function ImpactResults({ report, selected, onSelect, explanation }: ImpactResultsProps) {
  const items = report.affected.items;
  const totals = stateTotals(report.counts);
  return (
    <div className="results" data-testid="impact-results">
      <div className="summary">
        <div className="summary-total">
          <strong>{report.totalAffected}</strong> affected
        </div>
        <ul className="summary-states">
          {AFFECTED_STATES.map((s) => (
            <li key={s}>
              <span className="swatch" style={{ background: STATE_LOOK[s].colour }} />
              {totals.get(s) ?? 0} {STATE_LOOK[s].label.toLowerCase()}
            </li>
          ))}
        </ul>
      </div>
      {explanation ?? (
        <p className="hint">Click an affected node, on the canvas or below, to see why it is affected.</p>
      )}
      {report.breaches.length > 0 && (
        <section aria-labelledby="breaches-title">
          <h3 id="breaches-title">Recovery objectives breached ({report.breaches.length})</h3>
          <table className="data-table compact" data-testid="breaches">
            <thead>
              <tr>
                <th scope="col">System</th>
                <th scope="col" className="num">
                  Objective
                </th>
                <th scope="col" className="num">
                  Down for
                </th>
              </tr>
            </thead>
            <tbody>
              {report.breaches.map((b) => (
                <tr key={b.node.id}>
                  <th scope="row">
                    <button type="button" className="link" onClick={() => onSelect(b.node.id)}>
                      {b.node.name}
                    </button>
                  </th>
                  <td className="num">{b.rtoHours} h</td>
                  <td className="num">{b.downHours === null ? 'does not return' : `${b.downHours} h`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <section aria-labelledby="affected-title">
        <h3 id="affected-title">Affected nodes</h3>
        {report.affected.hasNextPage && (
          <p className="hint">
            The first {items.length} of {report.affected.totalCount} are listed; the CSV export has the same.
          </p>
        )}
        {groupAffected(items).map((group) => (
          <details key={group.state} open className="state-group">
            <summary>
              <span className={`state-pill state-${group.state}`}>{STATE_LOOK[group.state].label}</span>
              <span className="count">{group.total}</span>
            </summary>
            {group.kinds.map(({ kind, items: inKind }) => (
              <div key={kind} className="kind-group">
                <h4>
                  <KindGlyph kind={kind} size={12} /> {KIND_LOOK[kind].plural}{' '}
                  <span className="count">{inKind.length}</span>
                </h4>
                <ul>
                  {inKind.map((i) => (
                    <li key={i.node.id} className={i.node.id === selected ? 'selected' : ''}>
                      <button
                        type="button"
                        className="link"
                        data-testid={`affected-${i.node.id}`}
                        onClick={() => onSelect(i.node.id)}
                      >
                        {i.node.name}
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </details>
        ))}
      </section>
    </div>
  );
}
