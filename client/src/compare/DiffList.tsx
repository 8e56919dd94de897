// The differences between two runs, in the order the user chose: what the second run adds to the
// first, spares, changes the state of, and the recovery objectives it newly breaches or no longer
// breaches. Each section's ring is the one drawn round those nodes on both graphs.
import { KindGlyph } from '../ui/KindGlyph.js';
import { Busy } from '../ui/Busy.js';
import { DIFF_LOOK } from '../graph/stylesheet.js';
import type { DiffRow, RunDiff } from './compare-graph.js';

interface DiffListProps {
  readonly first: string;
  readonly second: string;
  readonly diff: RunDiff | null;
  readonly fetching: boolean;
  readonly onSelect: (id: string) => void;
  readonly onSwap: () => void;
  readonly onClose: () => void;
}

export function DiffList({ first, second, diff, fetching, onSelect, onSwap, onClose }: DiffListProps) {
  const section = (key: string, title: string, rows: readonly DiffRow[], ring?: string) => (
    <section key={key} data-testid={`diff-${key}`}>
      <h4>
        {ring && <span className="diff-ring" style={{ borderColor: ring }} aria-hidden="true" />}
        {title} <span className="count">{rows.length}</span>
      </h4>
      {rows.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <ul className="compare-list">
          {rows.map((r) => (
            <li key={r.id}>
              <KindGlyph kind={r.kind} size={12} />{' '}
              <button type="button" className="link" onClick={() => onSelect(r.id)}>
                {r.name}
              </button>{' '}
              <span className="muted">{r.note}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
  return (
    <section className="compare" aria-labelledby="compare-title" data-testid="compare">
      <div className="row spread">
        <h3 id="compare-title">
          From 1 “{first}” to 2 “{second}”
        </h3>
        <button type="button" className="icon" aria-label="Close the comparison" onClick={onClose}>
          ×
        </button>
      </div>
      <button type="button" onClick={onSwap} data-testid="swap">
        Swap the order
      </button>
      <Busy active={fetching} label="Comparing…" />
      {diff && (
        <>
          {section('added', `Affected in 2, not in 1`, diff.added, DIFF_LOOK.added.colour)}
          {section('spared', `Spared in 2 (affected in 1)`, diff.spared, DIFF_LOOK.spared.colour)}
          {section('changed', 'State changed', diff.changed, DIFF_LOOK.changed.colour)}
          {section('new-breaches', 'Recovery objectives breached in 2 only', diff.newBreaches)}
          {section('ended-breaches', 'Breached in 1 only', diff.endedBreaches)}
        </>
      )}
    </section>
  );
}
