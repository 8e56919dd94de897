// The legend over the canvas: each kind's shape and colour (with how many are drawn), and in
// what-if views the state colours. Kinds absent from the view are dimmed, not hidden, so the
// legend reads the same everywhere. Each state says in a line what it means; on a small window
// the lines are left out (each state keeps its meaning as a tooltip) and the legend folds to one
// line from its summary, so it never covers the graph it explains.
import type { ImpactState, NodeKind } from '../generated/graphql.js';
import { KindGlyph } from '../ui/KindGlyph.js';
import { NODE_KINDS } from './kinds.js';
import { AFFECTED_STATES, STATE_LOOK } from './states.js';
import type { ColourMode } from './stylesheet.js';

interface LegendProps {
  readonly mode: ColourMode;
  readonly counts: ReadonlyMap<NodeKind, number>;
  readonly states?: ReadonlyMap<ImpactState, number>;
}

export function Legend({ mode, counts, states }: LegendProps) {
  return (
    <aside className="legend" aria-label="Legend">
      <details open>
        <summary>Legend</summary>
        {mode === 'state' && (
          <ul className="legend-states">
            {[...AFFECTED_STATES, 'UNAFFECTED' as const].map((state) => (
              <li key={state} title={STATE_LOOK[state].meaning}>
                <span className="swatch" style={{ background: STATE_LOOK[state].colour }} />
                <span>
                  {STATE_LOOK[state].label}
                  {states?.get(state) ? <span className="count">{states.get(state)}</span> : null}
                  <span className="legend-meaning">{STATE_LOOK[state].meaning}</span>
                </span>
              </li>
            ))}
          </ul>
        )}
        <ul className="legend-kinds">
          {NODE_KINDS.map((kind) => (
            <li key={kind} className={counts.get(kind) ? '' : 'absent'}>
              <KindGlyph kind={kind} colour={mode === 'state' ? '#64748b' : undefined} />
              {kind}
              {counts.get(kind) ? <span className="count">{counts.get(kind)}</span> : null}
            </li>
          ))}
        </ul>
      </details>
    </aside>
  );
}
