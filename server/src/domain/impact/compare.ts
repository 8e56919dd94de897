// Two what-if runs side by side: what the second adds, what it spares, what changes state.
import type { ImpactReport } from './report.js';
import type { ImpactState } from './state.js';

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
  const a = new Map(before.affected.map((n) => [n.id, n.state]));
  const b = new Map(after.affected.map((n) => [n.id, n.state]));
  return {
    newlyAffected: [...b].filter(([id]) => !a.has(id)).map(([id, state]) => ({ id, state })),
    noLongerAffected: [...a].filter(([id]) => !b.has(id)).map(([id, state]) => ({ id, state })),
    stateChanges: [...b]
      .filter(([id, state]) => a.has(id) && a.get(id) !== state)
      .map(([id, to]) => ({ id, from: a.get(id)!, to })),
  };
}
