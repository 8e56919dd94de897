// Why one node is affected: the chain from an event to it, written out step by step (the same
// chain is lit on the canvas), each step one sentence in names. Each hop is badged cited (a
// source states the relationship) or inferred (a source only implies it); the badge is focusable
// and carries the source's title, section and quote as its description, shown on hover and on
// keyboard focus alike.
import { useId } from 'react';
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
              {/* The reason says the step once, the relationship it came along, every lost member
                  of a redundancy group and any fallback included; the badge beside it holds that
                  relationship's sources. */}
              <span className="chain-hop">
                {step.reason}
                {step.hop ? (
                  <>
                    {' '}
                    <HopSource hop={step.hop} />
                  </>
                ) : (
                  step.relationship && <span className="mono"> · {typeLabel(step.relationship.type)}</span>
                )}
              </span>
            </span>
          </li>
        ))}
      </ol>
      {item.downHours !== null && <p className="hint">Down for {item.downHours} hours.</p>}
    </section>
  );
}

type Hop = NonNullable<Affected['explanation'][number]['hop']>;

function HopSource({ hop }: { hop: Hop }) {
  const id = useId();
  const label = hop.inferred ? 'inferred' : 'cited';
  // A source by its title (the file name only when the document is not one the dataset knows),
  // then the section and the words quoted.
  const sources = hop.provenance.map((p) =>
    [p.title ?? p.document, p.section && `§ ${p.section}`, p.quote && `“${p.quote}”`]
      .filter(Boolean)
      .join(', '),
  );
  const description = sources.length > 0 ? sources.join(' · ') : 'No source recorded for this relationship.';
  return (
    <span className="hop-source">
      <button
        type="button"
        className={`hop-badge hop-${label}`}
        aria-describedby={`${id}-quote`}
        aria-label={`${label}: source of “${hop.text}”`}
        data-testid="hop-badge"
      >
        {label}
      </button>
      <span role="tooltip" id={`${id}-quote`} className="hop-quote">
        {description}
      </span>
    </span>
  );
}
