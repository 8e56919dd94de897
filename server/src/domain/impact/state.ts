// The states a node can be left in, ordered: a node only ever moves up this list during a run.
export const IMPACT_STATES = ['UNAFFECTED', 'AT_RISK', 'DEGRADED', 'DOWN'] as const;
export type ImpactState = (typeof IMPACT_STATES)[number];

export const UNAFFECTED = 0;
export const AT_RISK = 1;
export const DEGRADED = 2;
export const DOWN = 3;

/** Projects, themes and strategies are not "down": they are at risk when what they need is hurt. */
export const STRATEGIC_KINDS = new Set(['Project', 'Theme', 'Strategy']);

/** Why a node reached its state: the step from its provider, in data and in words. */
export type CauseCode =
  | 'EVENT'
  | 'DEPENDENCY_DOWN'
  | 'DEPENDENCY_DEGRADED'
  | 'REDUNDANCY_LOST'
  | 'REDUNDANCY_REDUCED'
  | 'FALLBACK'
  | 'FALLBACK_LOST'
  | 'STRATEGIC_RISK';
