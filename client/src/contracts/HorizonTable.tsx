// The contracts on the timeline as a table: dates, notice, what their lapse affects, and what
// is lined up to replace them. Each row opens the what-if of the lapse.
import type { ContractHorizonQuery } from '../generated/graphql.js';
import { CRITICALITY_LOOK, contractCriticality } from './criticality.js';
import { formatPartialDate } from './dates.js';

type Entry = ContractHorizonQuery['contractHorizon'][number];

const names = (nodes: readonly { name: string }[]) =>
  nodes.length ? nodes.map((n) => n.name).join('; ') : '—';

export function HorizonTable({
  entries,
  onOpen,
}: {
  entries: readonly Entry[];
  onOpen: (id: string) => void;
}) {
  return (
    <table className="data-table card" data-testid="horizon-table">
      <caption>Contracts ending in the window</caption>
      <thead>
        <tr>
          <th scope="col">Contract</th>
          <th scope="col">Ends</th>
          <th scope="col">Notice by</th>
          <th scope="col" className="num">
            Affected
          </th>
          <th scope="col">Critical systems</th>
          <th scope="col">Partners</th>
          <th scope="col">Addressed by</th>
          <th scope="col">Replaced by</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => {
          const look = CRITICALITY_LOOK[contractCriticality(e.impact)];
          return (
            <tr key={e.contract.id}>
              <th scope="row">
                <span className="with-swatch">
                  <span className="swatch" style={{ background: look.colour }} title={look.label} />
                  <button type="button" className="link" onClick={() => onOpen(e.contract.id)}>
                    {e.contract.name}
                  </button>
                </span>
              </th>
              <td>{formatPartialDate(e.end)}</td>
              <td>
                {e.noticeDeadline
                  ? formatPartialDate(e.noticeDeadline)
                  : e.noticeMonths === null
                    ? 'notice period not recorded'
                    : '—'}
              </td>
              <td className="num">{e.impact.totalAffected}</td>
              <td>{names(e.impact.criticalSystems)}</td>
              <td>{names(e.impact.partners)}</td>
              <td>{names(e.addressedBy)}</td>
              <td>{names(e.replacedBy)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
