// How impact states look. Worst first, so lists and legends read from what matters most.
import type { ImpactState } from '../generated/graphql.js';

export interface StateLook {
  readonly colour: string;
  /** Text drawn on the colour; yellow needs dark text to stay readable. */
  readonly ink: string;
  readonly label: string;
  readonly meaning: string;
}

export const STATE_LOOK = {
  DOWN: { colour: '#dc2626', ink: '#ffffff', label: 'Down', meaning: 'not working' },
  DEGRADED: {
    colour: '#f97316',
    ink: '#1f2937',
    label: 'Degraded',
    meaning: 'serving with less function: on a fallback or needing something degraded',
  },
  EXPOSED: {
    colour: '#a78bfa',
    ink: '#1f2937',
    label: 'Exposed',
    meaning: 'serving fully, one more failure away from down (less redundancy than designed)',
  },
  AT_RISK: {
    colour: '#facc15',
    ink: '#1f2937',
    label: 'At risk',
    meaning: 'a plan that loses what it needs',
  },
  UNAFFECTED: { colour: '#cbd5e1', ink: '#1f2937', label: 'Unaffected', meaning: 'not reached' },
} as const satisfies Record<ImpactState, StateLook>;

export const AFFECTED_STATES: readonly ImpactState[] = ['DOWN', 'DEGRADED', 'EXPOSED', 'AT_RISK'];

export const stateLook = (state: ImpactState): StateLook => STATE_LOOK[state];

/** Orders states worst first. */
export function compareStates(a: ImpactState, b: ImpactState): number {
  const order = (s: ImpactState) => (s === 'UNAFFECTED' ? 9 : AFFECTED_STATES.indexOf(s));
  return order(a) - order(b);
}
