// A date input that keeps what the person is typing to itself and hands on only a date that
// makes sense. Typed one key at a time, a date field passes through years such as 0002 and
// 3012; sending each to the URL blanked the contracts view (a window ending before it starts).
import { useEffect, useId, useState } from 'react';

interface DateFieldProps {
  readonly label: string;
  readonly value: string;
  /** Why a complete date is refused (e.g. "must be before To"), or null to accept it. */
  readonly check?: (value: string) => string | null;
  readonly onCommit: (value: string) => void;
  readonly testId?: string;
}

/** Years a council's contracts and plans fall in; anything else is a half-typed year. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2199;

export function dateProblem(value: string): string | null {
  if (!value) return 'enter a date';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return 'enter a whole date';
  const year = Number(match[1]);
  if (year < FIRST_YEAR || year > LAST_YEAR) return `the year must be between ${FIRST_YEAR} and ${LAST_YEAR}`;
  return null;
}

export function DateField({ label, value, check, onCommit, testId }: DateFieldProps) {
  const id = useId();
  // What is typed, for as long as it differs from the value it was typed over.
  const [draft, setDraft] = useState<{ over: string; text: string } | null>(null);
  const typing = draft !== null && draft.over === value;
  const text = typing ? draft.text : value;
  const problem = typing ? (dateProblem(text) ?? check?.(text) ?? null) : null;
  // A date refused only for the other field's sake ("must be before To") goes through once the
  // other field has moved.
  useEffect(() => {
    if (typing && !problem && text !== value) {
      setDraft(null);
      onCommit(text);
    }
  }, [typing, problem, text, value, onCommit]);

  return (
    <label className="field-inline date-field">
      {label}
      <input
        type="date"
        value={text}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        data-testid={testId}
        onChange={(e) => {
          const next = e.target.value;
          const refused = dateProblem(next) ?? check?.(next) ?? null;
          if (refused || next === value) setDraft({ over: value, text: next });
          else {
            setDraft(null);
            onCommit(next);
          }
        }}
      />
      {problem && (
        <span className="field-problem" id={`${id}-problem`} role="alert">
          {label}: {problem}
        </span>
      )}
    </label>
  );
}
