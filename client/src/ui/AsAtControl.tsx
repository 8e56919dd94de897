// The header's as-at control: a date field (typed a key at a time without blanking anything, see
// DateField), a year back and forward to watch the graph change, and a way back to today.
import { addMonthsToDay } from '../../../server/src/domain/time/calendar.js';
import { today } from '../url/as-at.js';
import { DateField } from './DateField.js';

interface AsAtControlProps {
  /** The URL's date; null: today. */
  readonly value: string | null;
  readonly onChange: (asAt: string | null) => void;
}

export function AsAtControl({ value, onChange }: AsAtControlProps) {
  const day = value ?? today();
  // The calendar clamps 29 February to the 28th in a year without it.
  const step = (years: number) => onChange(addMonthsToDay(day, 12 * years));
  return (
    <div className="as-at-control" role="group" aria-label="As at">
      <button
        type="button"
        className="icon"
        title="A year earlier"
        onClick={() => step(-1)}
        data-testid="as-at-back"
      >
        −1 year
      </button>
      <DateField label="As at" value={day} onCommit={(next) => onChange(next)} testId="as-at" />
      <button
        type="button"
        className="icon"
        title="A year later"
        onClick={() => step(1)}
        data-testid="as-at-forward"
      >
        +1 year
      </button>
      {value !== null && (
        <button type="button" className="link" onClick={() => onChange(null)} data-testid="as-at-today">
          Today
        </button>
      )}
    </div>
  );
}
