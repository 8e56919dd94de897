// Contracts: which contracts end in a window after the as-at date, on a timeline coloured by
// how critical what depends on them is; clicking one opens the what-if of its lapse. Below, the
// same contracts as a table, and what the as-at view says is live, ended, or uncovered.
import { useQuery } from 'urql';
import type { ContractWindow } from '../url/url-state.js';
import { WINDOW_MONTHS } from '../url/url-state.js';
import { useAsAt } from '../url/as-at.js';
import { Busy } from '../ui/Busy.js';
import { DateField } from '../ui/DateField.js';
import { ErrorNotice, Notice } from '../ui/Notice.js';
import type { ViewProps } from '../ui/view-props.js';
import { AsAtLists } from './AsAtLists.js';
import { CRITICALITY_LOOK, CRITICALITY_ORDER } from './criticality.js';
import { addMonths, formatPartialDate } from './dates.js';
import { HorizonTable } from './HorizonTable.js';
import { ContractHorizonQuery } from './queries.js';
import { Timeline } from './Timeline.js';

export function windowDates(asAt: string, window: ContractWindow): { from: string; to: string } {
  return 'from' in window ? window : { from: asAt, to: addMonths(asAt, window.months) };
}

export function ContractsView({ state, navigate }: ViewProps) {
  const asAt = useAsAt();
  const { from, to } = windowDates(asAt, state.window);
  const valid = from < to;
  const [{ data, error, fetching }] = useQuery({
    query: ContractHorizonQuery,
    variables: { from, to, asAt },
    pause: !valid,
  });
  const openLapse = (id: string) =>
    navigate({
      view: 'what-if',
      events: [{ type: 'CONTRACT_LAPSES', id }],
      scenario: null,
      compare: null,
      selected: null,
    });
  const custom = 'from' in state.window;
  const entries = data?.contractHorizon ?? [];

  return (
    <div className="view">
      <div className="toolbar" role="toolbar" aria-label="Contracts">
        <h1 className="toolbar-title">Contracts ending</h1>
        <div className="segmented" role="group" aria-label="Window">
          {WINDOW_MONTHS.map((months) => (
            <button
              key={months}
              type="button"
              aria-pressed={!custom && state.window.months === months}
              onClick={() => navigate({ window: { months } })}
            >
              Next {months} months
            </button>
          ))}
          <button type="button" aria-pressed={custom} onClick={() => navigate({ window: { from, to } })}>
            From–to
          </button>
        </div>
        {custom && (
          <>
            <DateField
              label="From"
              value={from}
              check={(v) => (v < to ? null : 'must be before To')}
              onCommit={(v) => navigate({ window: { from: v, to } }, { replace: true })}
              testId="window-from"
            />
            <DateField
              label="To"
              value={to}
              check={(v) => (v > from ? null : 'must be after From')}
              onCommit={(v) => navigate({ window: { from, to: v } }, { replace: true })}
              testId="window-to"
            />
          </>
        )}
      </div>
      <div className="page">
        <p className="page-note">
          Showing contracts that end between <strong>{formatPartialDate(from)}</strong> and{' '}
          <strong>{formatPartialDate(to)}</strong>, as at <strong>{formatPartialDate(asAt)}</strong> (set in
          the header).
          {state.asAt === null &&
            ' The Kent documents date their contracts between 2013 and 2016: move the as-at date back to see them.'}
        </p>
        <ul className="legend-inline" aria-label="Colour key">
          {CRITICALITY_ORDER.map((c) => (
            <li key={c}>
              <span className="swatch" style={{ background: CRITICALITY_LOOK[c].colour }} />
              {CRITICALITY_LOOK[c].label}
            </li>
          ))}
          <li>
            <svg width="12" height="12" viewBox="-8 -8 16 16" aria-hidden="true">
              <path d="M0,-7 L7,0 L0,7 L-7,0 Z" className="notice-mark" />
            </svg>
            Last day to give notice
          </li>
        </ul>
        <div className="card">
          <Busy active={fetching} label="Reading contract end dates…" />
          {!valid && (
            <Notice tone="error" title="The window ends before it starts">
              Choose a “to” date after the “from” date.
            </Notice>
          )}
          {error && <ErrorNotice title="Could not read the contract horizon" error={error} />}
          {data && entries.length === 0 && (
            <Notice tone="empty" title="No contract ends in this window">
              Widen the window (24 months) or move the as-at date; contracts with no recorded end date are
              listed below.
            </Notice>
          )}
          {valid && entries.length > 0 && (
            <Timeline entries={entries} from={from} to={to} asAt={asAt} onOpen={openLapse} />
          )}
        </div>
        {valid && entries.length > 0 && <HorizonTable entries={entries} onOpen={openLapse} />}
        {data && (
          <AsAtLists
            view={data.asAt}
            onOpenNode={(id) => navigate({ view: 'explore', node: id, selected: id, expanded: [] })}
          />
        )}
      </div>
    </div>
  );
}
