// What can be done with the node in the detail panel: grow or shrink the picture around it, make
// it the centre, or open it in the what-if and strategy views.
import type { NodeKind } from '../generated/graphql.js';
import type { UrlState } from '../url/url-state.js';
import type { Navigate } from '../url/use-url-state.js';
import type { WhatIfEvent } from '../whatif/events.js';
import { TRACE_KINDS } from '../strategy/traceability.js';

interface NodeActionsProps {
  readonly node: { id: string; kind: NodeKind; name: string };
  readonly isRoot: boolean;
  readonly expanded: boolean;
  readonly onExpand: () => void;
  readonly onCollapse: () => void;
  readonly onCentre: () => void;
  readonly hrefFor: (patch: Partial<UrlState>) => string;
  readonly navigate: Navigate;
}

export function whatIfEventFor(node: { id: string; kind: NodeKind }): WhatIfEvent {
  return node.kind === 'Contract'
    ? { type: 'CONTRACT_LAPSES', id: node.id }
    : { type: 'NODE_FAILS', id: node.id };
}

export function NodeActions({
  node,
  isRoot,
  expanded,
  onExpand,
  onCollapse,
  onCentre,
  hrefFor,
  navigate,
}: NodeActionsProps) {
  const whatIf: Partial<UrlState> = {
    view: 'what-if',
    events: [whatIfEventFor(node)],
    scenario: null,
    compare: null,
    selected: null,
  };
  const strategy: Partial<UrlState> = { view: 'strategy', node: node.id, selected: node.id };
  const link = (patch: Partial<UrlState>, text: string, testId: string) => (
    <a
      className="button"
      href={hrefFor(patch)}
      data-testid={testId}
      onClick={(e) => {
        e.preventDefault();
        navigate(patch);
      }}
    >
      {text}
    </a>
  );
  return (
    <>
      {!isRoot &&
        (expanded ? (
          <button type="button" onClick={onCollapse} data-testid="collapse">
            Collapse
          </button>
        ) : (
          <button type="button" onClick={onExpand} data-testid="expand">
            Expand
          </button>
        ))}
      {!isRoot && (
        <button type="button" onClick={onCentre}>
          Centre here
        </button>
      )}
      {link(whatIf, node.kind === 'Contract' ? 'What if it lapses?' : 'What if it fails?', 'what-if-link')}
      {TRACE_KINDS.includes(node.kind) && link(strategy, 'Strategy map', 'strategy-link')}
    </>
  );
}
