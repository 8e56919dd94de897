// Where the node's facts come from: one row per source (document, section, the quote when there
// is one, and whether the source implies the fact rather than states it), added and removed in
// place. Errors are keyed `provenance.N.field`, as the
// server's paths name them.
import { FormField } from './FormField.js';
import { EMPTY_SOURCE, type ProvenanceValues } from './node-form.js';

interface ProvenanceEditorProps {
  readonly sources: readonly ProvenanceValues[];
  readonly errors: Readonly<Record<string, string>>;
  readonly onChange: (sources: ProvenanceValues[]) => void;
}

const PARTS = [
  { part: 'document', label: 'Document', hint: 'The source file name.' },
  { part: 'section', label: 'Section', hint: 'Section or paragraph.' },
  { part: 'quote', label: 'Quote', hint: 'The words that say it (optional).' },
] as const;

export function ProvenanceEditor({ sources, errors, onChange }: ProvenanceEditorProps) {
  const set = (i: number, patch: Partial<ProvenanceValues>) =>
    onChange(sources.map((s, j) => (i === j ? { ...s, ...patch } : s)));
  return (
    <fieldset className="form-group">
      <legend>Sources</legend>
      {sources.length === 0 && <p className="field-hint">No source yet: say where the facts come from.</p>}
      {sources.map((source, i) => (
        <div className="source-row" key={i} data-testid={`source-${i}`}>
          {PARTS.map(({ part, label, hint }) => (
            <FormField
              key={part}
              label={label}
              hint={i === 0 ? hint : undefined}
              error={errors[`provenance.${i}.${part}`]}
              name={`provenance.${i}.${part}`}
            >
              {(control) =>
                part === 'quote' ? (
                  <textarea
                    {...control}
                    rows={2}
                    value={source.quote}
                    onChange={(e) => set(i, { quote: e.target.value })}
                  />
                ) : (
                  <input
                    {...control}
                    type="text"
                    value={source[part]}
                    onChange={(e) => set(i, { [part]: e.target.value })}
                  />
                )
              }
            </FormField>
          ))}
          <div className="row spread">
            <label className="check">
              <input
                type="checkbox"
                checked={source.inferred}
                onChange={(e) => set(i, { inferred: e.target.checked })}
              />
              Implied, not stated
            </label>
            <button
              type="button"
              className="link link-danger"
              onClick={() => onChange(sources.filter((_, j) => j !== i))}
            >
              Remove source
            </button>
          </div>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...sources, EMPTY_SOURCE])}>
        Add a source
      </button>
    </fieldset>
  );
}
