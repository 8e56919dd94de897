// The side list of a what-if run: the headline (services down, degraded, exposed; plans at risk), the
// explanation of the chosen node, breached recovery objectives, the services affected grouped by
// state and kind, and the plans at risk in their own section.
import type { ReactNode } from 'react';
import type { ImpactQuery, ImpactState } from '../generated/graphql.js';
import { KIND_LOOK } from '../graph/kinds.js';
import { STATE_LOOK } from '../graph/states.js';
import { KindGlyph } from '../ui/KindGlyph.js';
import { formatPartialDate } from '../contracts/dates.js';
import { affectedItems, groupAffected, type AffectedGroup } from './impact-graph.js';

interface ImpactResultsProps {
  readonly report: ImpactQuery['impact'];
  readonly selected: string | null;
  readonly onSelect: (id: string | null) => void;
  /** Shown above the list when the canvas is not there to carry it (table view). */
  readonly explanation?: ReactNode;
}

export function ImpactResults({ report, selected, onSelect, explanation }: ImpactResultsProps) {
  const items = affectedItems(report);
  const h = report.headline;
  const groups = groupAffected(items);
  const services = groups.filter((g) => g.state !== 'AT_RISK');
  const plans = groups.filter((g) => g.state === 'AT_RISK');
  const headline: [ImpactState, number, string][] = [
    ['DOWN', h.servicesDown, 'services down'],
    ['DEGRADED', h.servicesDegraded, 'degraded'],
    ['EXPOSED', h.servicesExposed, 'exposed'],
    ['AT_RISK', h.plansAtRisk, 'plans at risk'],
  ];
  return (
    <div className="results" data-testid="impact-results">
      <div className="summary">
        <div className="summary-total">
          <strong>{report.totalAffected}</strong> affected
          {report.asAt && (
            <span className="muted" data-testid="run-as-at">
              {' '}
              as at {formatPartialDate(report.asAt)}
            </span>
          )}
        </div>
        <ul className="summary-states" data-testid="headline">
          {headline.map(([state, count, words]) => (
            <li key={state} title={STATE_LOOK[state].meaning}>
              <span className="swatch" style={{ background: STATE_LOOK[state].colour }} />
              <strong>{count}</strong> {words}
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
      <section aria-labelledby="affected-title" data-testid="services-affected">
        <h3 id="affected-title">Services affected</h3>
        {report.affected.pageInfo.hasNextPage && (
          <p className="hint">
            The first {items.length} of {report.affected.totalCount} are listed; the CSV export has the same.
          </p>
        )}
        {services.length === 0 && <p className="muted">No service is down, degraded or exposed.</p>}
        {services.map((group) => (
          <StateGroup key={group.state} group={group} selected={selected} onSelect={onSelect} />
        ))}
      </section>
      <section aria-labelledby="plans-title" data-testid="plans-at-risk">
        <h3 id="plans-title">Plans at risk ({h.plansAtRisk})</h3>
        <p className="hint">Strategies, themes and projects that lose what they need.</p>
        {plans.length === 0 ? (
          <p className="muted">No plan is at risk.</p>
        ) : (
          plans.map((group) => (
            <StateGroup key={group.state} group={group} selected={selected} onSelect={onSelect} />
          ))
        )}
      </section>
    </div>
  );
}

interface StateGroupProps {
  readonly group: AffectedGroup;
  readonly selected: string | null;
  readonly onSelect: (id: string) => void;
}

function StateGroup({ group, selected, onSelect }: StateGroupProps) {
  return (
    <details open className="state-group">
      <summary>
        <span className={`state-pill state-${group.state}`}>{STATE_LOOK[group.state].label}</span>
        <span className="count">{group.total}</span>
        <span className="state-meaning">{STATE_LOOK[group.state].meaning}</span>
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
  );
}
