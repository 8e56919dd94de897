// Choosing what happens: a node fails (for good, or for N hours), a contract lapses at its end
// date, or every contract ended by a date lapses. Events gather in a list; Run sends them.
import { useState } from 'react';
import { SearchBox } from '../ui/SearchBox.js';
import { describeEvent, encodeEvent, type WhatIfEvent } from './events.js';

type Adding = 'fail' | 'lapse' | 'ended';

interface EventEditorProps {
  readonly events: readonly WhatIfEvent[];
  readonly name: (id: string) => string;
  readonly onChange: (events: WhatIfEvent[]) => void;
}

const CHOICES: { value: Adding; label: string }[] = [
  { value: 'fail', label: 'Node fails' },
  { value: 'lapse', label: 'Contract lapses' },
  { value: 'ended', label: 'Ended by date' },
];

export function EventEditor({ events, name, onChange }: EventEditorProps) {
  const [adding, setAdding] = useState<Adding>('fail');
  const [hours, setHours] = useState('');
  const [date, setDate] = useState('2015-03-01');
  const add = (event: WhatIfEvent) => {
    if (!events.some((e) => encodeEvent(e) === encodeEvent(event))) onChange([...events, event]);
  };
  const outage = Number(hours);

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
              aria-pressed={adding === c.value}
              onClick={() => setAdding(c.value)}
            >
              {c.label}
            </button>
          ))}
        </div>
        {adding === 'fail' && (
          <>
            <SearchBox
              label="Node that fails"
              placeholder="Find the node that fails…"
              testId="event-node-search"
              onPick={(n) =>
                add(
                  outage > 0
                    ? { type: 'NODE_FAILS', id: n.id, hours: outage }
                    : { type: 'NODE_FAILS', id: n.id },
                )
              }
            />
            <label className="field-inline wrap">
              For
              <input
                type="number"
                min={1}
                step={1}
                inputMode="numeric"
                placeholder="∞"
                value={hours}
                onChange={(e) => setHours(e.target.value)}
                style={{ width: 80 }}
              />
              hours
              <span className="hint">Blank: it does not come back.</span>
            </label>
          </>
        )}
        {adding === 'lapse' && (
          <SearchBox
            label="Contract that lapses"
            placeholder="Find the contract…"
            kinds={['Contract']}
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
