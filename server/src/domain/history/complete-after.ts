// The history stores each change's value before it, not after: the value after a change is
// the value before the next change to the same record, or, when none followed, the record as
// it is now. Deletes have no after; a record wiped without a change (clear) has none either.
import type { GraphNode, GraphRelationship } from '../metamodel/index.js';
import type { Change } from './change.js';

export type RecordValue = GraphNode | GraphRelationship;

export interface LaterChange {
  readonly targetId: string;
  readonly version: number;
  readonly index: number;
  readonly before?: RecordValue;
}

/** Targets whose `after` must be looked up, and the earliest version to read changes from. */
export function afterLookups(changes: readonly Change[]): { targets: string[]; fromVersion: number } {
  const open = changes.filter((c) => c.action !== 'DELETE');
  return {
    targets: [...new Set(open.map((c) => c.targetId))],
    fromVersion: Math.min(...open.map((c) => c.version)),
  };
}

export function completeAfter(
  changes: readonly Change[],
  later: readonly LaterChange[],
  current: ReadonlyMap<string, RecordValue>,
): Change[] {
  const byTarget = new Map<string, LaterChange[]>();
  for (const c of later) {
    const list = byTarget.get(c.targetId);
    if (list) list.push(c);
    else byTarget.set(c.targetId, [c]);
  }
  for (const list of byTarget.values()) list.sort((a, b) => a.version - b.version || a.index - b.index);
  return changes.map((change) => {
    if (change.action === 'DELETE') return change;
    const next = byTarget
      .get(change.targetId)
      ?.find((c) => c.version > change.version || (c.version === change.version && c.index > change.index));
    const after = next ? next.before : current.get(change.targetId);
    return after ? { ...change, after } : change;
  });
}
