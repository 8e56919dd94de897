// A recorded change: who changed what, when, and the values before and after.
import type { GraphNode, GraphRelationship } from '../metamodel/index.js';

export const CHANGE_ACTIONS = ['CREATE', 'UPDATE', 'DELETE'] as const;
export type ChangeAction = (typeof CHANGE_ACTIONS)[number];
export const CHANGE_TARGETS = ['NODE', 'RELATIONSHIP'] as const;
export type ChangeTarget = (typeof CHANGE_TARGETS)[number];

export interface Change {
  /** Graph version the change produced; with `index`, orders all changes. */
  readonly version: number;
  readonly index: number;
  /** ISO timestamp. */
  readonly at: string;
  readonly actor: string;
  readonly action: ChangeAction;
  readonly target: ChangeTarget;
  /** Node id, or relationship id. */
  readonly targetId: string;
  /** The nodes the change concerns: the node, or both ends of the relationship. */
  readonly subjects: readonly string[];
  readonly before?: GraphNode | GraphRelationship;
  readonly after?: GraphNode | GraphRelationship;
}

export interface HistoryQuery {
  /** Changes concerning this node (the node itself and its relationships). */
  readonly subject?: string;
  /** ISO date or timestamp: changes at or after it. */
  readonly since?: string;
  readonly first: number;
  /** Cursor: changes before this (version, index), newest first. */
  readonly before?: { readonly version: number; readonly index: number };
}

/** Sets the version, time and actor of planned changes in place: a stamped copy of each entry
 *  cost more than a second on a 100k-node import. */
export function stampChanges(
  changes: readonly Change[],
  stamp: { readonly version: number; readonly at: string; readonly actor: string },
): readonly Change[] {
  for (const change of changes as { -readonly [K in keyof Change]: Change[K] }[]) {
    change.version = stamp.version;
    change.at = stamp.at;
    change.actor = stamp.actor;
  }
  return changes;
}
