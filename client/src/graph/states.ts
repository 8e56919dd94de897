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
  DOWN: { colour: '#dc2626', ink: '#ffffff', label: 'Down', meaning: 'not serving' },
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
    meaning: 'serving fully but one more failure away: redundancy reduced',
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
