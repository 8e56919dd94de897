// Saved scenarios: save the events under a name, reopen one, and compare the open one with another.
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { describeError } from '../api/errors.js';
import { toEventInput, type WhatIfEvent } from './events.js';
import { slugify } from './impact-graph.js';
import { SaveScenarioMutation, ScenariosQuery } from './queries.js';

interface ScenarioPanelProps {
  readonly events: readonly WhatIfEvent[];
  readonly open: string | null;
  readonly compare: string | null;
  readonly onOpen: (id: string | null) => void;
  readonly onCompare: (id: string | null) => void;
}

export function ScenarioPanel({ events, open, compare, onOpen, onCompare }: ScenarioPanelProps) {
  const [{ data, error }, refetch] = useQuery({ query: ScenariosQuery });
  const [saving, save] = useMutation(SaveScenarioMutation);
  const [name, setName] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const scenarios = data?.scenarios ?? [];
  const id = slugify(name);
  const existing = scenarios.find((s) => s.id === id);

  const submit = async () => {
    const result = await save({
      input: {
        id,
        name: name.trim(),
        events: events.map(toEventInput),
        ...(existing ? { expectedVersion: existing.version } : {}),
      },
    });
    if (result.error) {
      setMessage(`Not saved: ${describeError(result.error).message}`);
      return;
    }
    setMessage(
      `Saved as “${result.data!.saveScenario.name}” (version ${result.data!.saveScenario.version}).`,
    );
    setName('');
    refetch({ requestPolicy: 'network-only' });
    onOpen(result.data!.saveScenario.id);
  };

  return (
    <section className="scenarios" aria-labelledby="scenarios-title">
      <h2 id="scenarios-title" className="pane-title">
        Scenarios
      </h2>
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <input
          type="text"
          aria-label="Scenario name"
          placeholder="Name this scenario"
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit" disabled={!id || events.length === 0 || saving.fetching}>
          {existing ? 'Update' : 'Save'}
        </button>
      </form>
      {id && <p className="hint">Saved as id “{id}”.</p>}
      {message && (
        <p className="hint" role="status">
          {message}
        </p>
      )}
      {error && <p className="error-text">Could not list scenarios: {describeError(error).message}</p>}
      <label className="field-stack">
        Open
        <select
          value={open ?? ''}
          onChange={(e) => onOpen(e.target.value || null)}
          data-testid="scenario-open"
        >
          <option value="">{scenarios.length === 0 ? 'No saved scenarios yet' : 'Choose a scenario…'}</option>
          {scenarios.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      {open && (
        <label className="field-stack">
          Compare with
          <select
            value={compare ?? ''}
            onChange={(e) => onCompare(e.target.value || null)}
            data-testid="scenario-compare"
          >
            <option value="">Choose another scenario…</option>
            {scenarios
              .filter((s) => s.id !== open)
              .map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
          </select>
        </label>
      )}
    </section>
  );
}
