// Why one node is affected: the chain from an event to it, written out step by step (the same
// chain is lit on the canvas).
import type { Affected } from './impact-graph.js';
import { STATE_LOOK } from '../graph/states.js';
import { typeLabel } from '../graph/kinds.js';
import { KindGlyph } from '../ui/KindGlyph.js';

interface ExplanationProps {
  readonly item: Affected;
  readonly onSelect: (id: string) => void;
  readonly onClose: () => void;
}

export function Explanation({ item, onSelect, onClose }: ExplanationProps) {
  return (
    <section className="explanation" aria-labelledby="why-title" data-testid="explanation">
      <div className="row spread">
        <h3 id="why-title">
          Why {item.node.name} is {STATE_LOOK[item.state].label.toLowerCase()}
        </h3>
        <button type="button" className="icon" aria-label="Close the explanation" onClick={onClose}>
          ×
        </button>
      </div>
      <ol className="chain">
        {item.explanation.map((step, i) => (
          <li key={`${step.node.id}-${i}`}>
            <span className={`state-pill state-${step.state}`}>{STATE_LOOK[step.state].label}</span>
            <button type="button" className="link" onClick={() => onSelect(step.node.id)}>
              <KindGlyph kind={step.node.kind} size={12} /> {step.node.name}
            </button>
            <span className="chain-reason">
              {step.relationship && <span className="mono">{typeLabel(step.relationship.type)} · </span>}
              {step.reason}
              {step.fallback && ` (falls back to ${step.fallback.name})`}
            </span>
          </li>
        ))}
      </ol>
      {item.downHours !== null && <p className="hint">Down for {item.downHours} hours.</p>}
    </section>
  );
}
