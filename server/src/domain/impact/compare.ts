// Two what-if runs side by side: what the second adds, what it spares, what changes state.
import type { ImpactReport } from './report.js';
import { IMPACT_STATES, type ImpactState } from './state.js';

export interface RunComparison {
  readonly newlyAffected: readonly { readonly id: string; readonly state: ImpactState }[];
  readonly noLongerAffected: readonly { readonly id: string; readonly state: ImpactState }[];
  readonly stateChanges: readonly {
    readonly id: string;
    readonly from: ImpactState;
    readonly to: ImpactState;
  }[];
}

export function compareRuns(before: ImpactReport, after: ImpactReport): RunComparison {
  const a = statesById(before);
  const b = statesById(after);
  return {
    newlyAffected: [...b].filter(([id]) => !a.has(id)).map(([id, state]) => ({ id, state })),
    noLongerAffected: [...a].filter(([id]) => !b.has(id)).map(([id, state]) => ({ id, state })),
    stateChanges: [...b]
      .filter(([id, state]) => a.has(id) && a.get(id) !== state)
      .map(([id, to]) => ({ id, from: a.get(id)!, to })),
  };
}

/** Affected ids and states in the run's order, read from its arrays (no entries, no durations). */
function statesById(report: ImpactReport): Map<string, ImpactState> {
  const { order, state } = report.run;
  const ids = report.projection.ids;
  const out = new Map<string, ImpactState>();
  for (let i = 0; i < order.length; i++) out.set(ids[order[i]!]!, IMPACT_STATES[state[order[i]!]!]!);
  return out;
}
