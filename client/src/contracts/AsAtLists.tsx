// What the as-at view adds to the timeline: contracts live on the date with no recorded end
// (they cannot be placed on a time axis), contracts already ended, and contracted systems that
// have no live contract left.
import type { ContractHorizonQuery } from '../generated/graphql.js';
import { formatPartialDate } from './dates.js';

type AsAt = ContractHorizonQuery['asAt'];

export function AsAtLists({ view, onOpenNode }: { view: AsAt; onOpenNode: (id: string) => void }) {
  const undated = view.liveContracts.filter((c) => !('end' in c) || !c.end);
  const link = (node: { id: string; name: string }) => (
    <button type="button" className="link" onClick={() => onOpenNode(node.id)}>
      {node.name}
    </button>
  );
  return (
    <div className="as-at-lists">
      <section className="card">
        <h2>
          Live on {formatPartialDate(view.date)} with no recorded end date{' '}
          <span className="count">{undated.length}</span>
        </h2>
        {undated.length === 0 ? (
          <p className="muted">Every live contract has an end date.</p>
        ) : (
          <ul>
            {undated.map((c) => (
              <li key={c.id}>
                {link(c)}
                {'supplier' in c && c.supplier && <span className="muted"> · {c.supplier}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card">
        <h2>
          Ended by then <span className="count">{view.endedContracts.length}</span>
        </h2>
        {view.endedContracts.length === 0 ? (
          <p className="muted">No contract had ended by this date.</p>
        ) : (
          <ul>
            {view.endedContracts.map((c) => (
              <li key={c.id}>
                {link(c)}
                {'end' in c && c.end && <span className="muted"> · ended {formatPartialDate(c.end)}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card">
        <h2>
          Systems left without a live contract{' '}
          <span className="count">{view.systemsWithoutLiveContract.length}</span>
        </h2>
        {view.systemsWithoutLiveContract.length === 0 ? (
          <p className="muted">Every contracted system still has a live contract.</p>
        ) : (
          <ul>
            {view.systemsWithoutLiveContract.map((s) => (
              <li key={s.system.id}>
                {link(s.system)}{' '}
                <span className="muted">· was under {s.contracts.map((c) => c.name).join('; ')}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
