// How critical what depends on a contract is, from what its lapse would affect: the colour of
// its bar on the timeline. Critical systems outrank partners, which outrank the rest.
import type { ImpactState, NodeKind } from '../generated/graphql.js';

export type Criticality = 'critical' | 'high' | 'moderate' | 'none';

export interface LapseImpact {
  readonly totalAffected: number;
  readonly criticalSystems: readonly unknown[];
  readonly partners: readonly unknown[];
  readonly counts: readonly { kind: NodeKind; state: ImpactState; count: number }[];
}

export function contractCriticality(impact: LapseImpact): Criticality {
  if (impact.criticalSystems.length > 0) return 'critical';
  const systemsDown = impact.counts.some((c) => c.kind === 'System' && c.state === 'DOWN' && c.count > 0);
  if (impact.partners.length > 0 || systemsDown) return 'high';
  if (impact.totalAffected > 0) return 'moderate';
  return 'none';
}

export const CRITICALITY_LOOK: Record<Criticality, { colour: string; label: string }> = {
  critical: { colour: '#b91c1c', label: 'Critical systems depend on it' },
  high: { colour: '#ea580c', label: 'Systems or partners go down' },
  moderate: { colour: '#ca8a04', label: 'Other things are affected' },
  none: { colour: '#64748b', label: 'Nothing known depends on it' },
};

export const CRITICALITY_ORDER: readonly Criticality[] = ['critical', 'high', 'moderate', 'none'];
