// Choosing what happens: a node fails (for good, or for N hours), a contract lapses at its end
// date, or every contract ended by a date lapses. Events gather in a list; Run sends them.
// A failing node is chosen first and added with its hours by the Add button: adding it on the
// pick ran a "10 hours" outage as permanent when the hours were typed after the pick.
import { useEffect, useState } from 'react';
import { PickedNode } from '../editing/PickedNode.js';
import { NODE_KINDS } from '../graph/kinds.js';
import { SearchBox, type Picked } from '../ui/SearchBox.js';
import { describeEvent, encodeEvent, type WhatIfEvent } from './events.js';

type Adding = 'fail' | 'lapse' | 'ended';

interface EventEditorProps {
  readonly events: readonly WhatIfEvent[];
  readonly name: (id: string) => string;
  readonly onChange: (events: WhatIfEvent[]) => void;
  /** True while a node is chosen but not yet added: Run would leave it out. */
  readonly onPending: (pending: boolean) => void;
}

/** Blank is "does not come back"; otherwise a number of hours above zero, up to a year. */
export function hoursProblem(text: string): string | null {
  if (text.trim() === '') return null;
  const hours = Number(text);
  if (!Number.isFinite(hours) || hours <= 0) return 'a number of hours above 0, or blank for good';
  if (hours > 8760) return 'at most 8760 (a year); leave it blank for good';
  return null;
}

const CHOICES: { value: Adding; label: string }[] = [
  { value: 'fail', label: 'Node fails' },
  { value: 'lapse', label: 'Contract lapses' },
  { value: 'ended', label: 'Ended by date' },
];

export function EventEditor({ events, name, onChange, onPending }: EventEditorProps) {
  const [adding, setAdding] = useState<Adding>('fail');
  const [failing, setFailing] = useState<Picked | null>(null);
  const [hours, setHours] = useState('');
  const pending = adding === 'fail' && failing !== null;
  useEffect(() => onPending(pending), [pending, onPending]);
  const [date, setDate] = useState('2015-03-01');
  const add = (event: WhatIfEvent) => {
    if (!events.some((e) => encodeEvent(e) === encodeEvent(event))) onChange([...events, event]);
  };
  const problem = hoursProblem(hours);
  const addFailure = () => {
    if (!failing || problem) return;
    const outage = hours.trim() === '' ? undefined : Number(hours);
    add(
      outage ? { type: 'NODE_FAILS', id: failing.id, hours: outage } : { type: 'NODE_FAILS', id: failing.id },
    );
    setFailing(null);
    setHours('');
  };

  return (
    <section className="events" aria-labelledby="events-title">
      <h2 id="events-title" className="pane-title">
        What happens
      </h2>
      {events.length === 0 ? (
        <p className="muted">No events yet: add one below.</p>
      ) : (
        <ol className="event-list" data-testid="event-list">
          {events.map((e, i) => (
            <li key={encodeEvent(e)}>
              <span className={`event-dot event-${e.type}`} aria-hidden="true" />
              <span>{describeEvent(e, name)}</span>
              <button
                type="button"
                className="icon"
                aria-label={`Remove: ${describeEvent(e, name)}`}
                onClick={() => onChange(events.filter((_, j) => j !== i))}
              >
                ×
              </button>
            </li>
          ))}
        </ol>
      )}
      <fieldset className="add-event">
        <legend>Add an event</legend>
        <div className="segmented small" role="radiogroup" aria-label="Kind of event">
          {CHOICES.map((c) => (
            <button
              key={c.value}
              type="button"
              role="radio"
              aria-checked={adding === c.value}
              onClick={() => setAdding(c.value)}
            >
              {c.label}
            </button>
          ))}
        </div>
        {adding === 'fail' && (
          <>
            <PickedNode
              label="node that fails"
              value={failing}
              kinds={NODE_KINDS}
              onChange={setFailing}
              testId="event-node-search"
            />
            <label className="field-inline wrap">
              For
              <input
                type="text"
                inputMode="decimal"
                placeholder="∞"
                value={hours}
                aria-invalid={problem ? true : undefined}
                aria-describedby={problem ? 'hours-problem' : 'hours-hint'}
                onChange={(e) => setHours(e.target.value)}
                onKeyDown={(e) => e.key === 'Enter' && addFailure()}
                data-testid="event-hours"
                style={{ width: 80 }}
              />
              hours
              <span className="hint" id="hours-hint">
                Blank: it does not come back.
              </span>
            </label>
            {problem && (
              <p className="field-problem" id="hours-problem" role="alert">
                Hours: {problem}
              </p>
            )}
            <button
              type="button"
              disabled={!failing || problem !== null}
              onClick={addFailure}
              data-testid="add-failure"
            >
              Add this failure
            </button>
          </>
        )}
        {adding === 'lapse' && (
          <SearchBox
            label="Contract that lapses"
            placeholder="Find the contract…"
            kinds={['Contract']}
            // A lapse happens at the contract's end, whatever the as-at date: every contract is offered.
            everyDate
            testId="event-contract-search"
            onPick={(n) => add({ type: 'CONTRACT_LAPSES', id: n.id })}
          />
        )}
        {adding === 'ended' && (
          <div className="row">
            <input type="date" aria-label="End date" value={date} onChange={(e) => setDate(e.target.value)} />
            <button type="button" disabled={!date} onClick={() => add({ type: 'CONTRACTS_ENDED_BY', date })}>
              Add
            </button>
          </div>
        )}
      </fieldset>
    </section>
  );
}
