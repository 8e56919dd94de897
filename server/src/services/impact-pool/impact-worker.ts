// A worker thread of the impact pool: walks a what-if over the projection's shared arrays and
// hands the run's arrays back, moved rather than copied. It keeps the arrays of the version it
// last saw, so that the days' live masks it builds (domain/impact/live-masks.ts) serve later runs.
// It walks neighbourhoods too, over the whole graph's arrays (neighbourhood-arrays.ts).
import { move, transferableSymbol, valueSymbol } from 'piscina';
import { walk, type ProjectionArrays, type RunArrays, type Seed } from '../../domain/impact/index.js';
import {
  walkNeighbourhood,
  type NeighbourhoodArrays,
  type NeighbourhoodWalk,
  type WalkedNeighbourhood,
} from './neighbourhood-arrays.js';

export interface WalkTask {
  /** Names one shared projection: a projection built again gets a new key. */
  readonly key: number;
  readonly arrays: ProjectionArrays;
  readonly seeds: readonly Seed[];
  /** Day number; NaN: no as-at. */
  readonly day: number;
}

let kept: { key: number; arrays: ProjectionArrays } | null = null;

/** A task of null only starts the thread (see ImpactPool's `ready`). */
export default function run(task: WalkTask | null): RunArrays | null {
  if (task === null) return null;
  if (kept?.key !== task.key) kept = { key: task.key, arrays: task.arrays };
  const result = walk(kept.arrays, task.seeds, task.day);
  const buffers = [
    result.state,
    result.causeCode,
    result.causeEdge,
    result.causeExtra,
    result.causeSize,
    result.order,
  ];
  // Moved, not copied: the event loop gets the buffers and the worker forgets them.
  return move({
    [transferableSymbol]: buffers.map((a) => a.buffer),
    [valueSymbol]: result,
  } as never) as unknown as RunArrays;
}

export interface NeighbourhoodTask {
  /** Views of shared memory: cloning them into the task shares them. */
  readonly arrays: NeighbourhoodArrays;
  readonly walk: NeighbourhoodWalk;
}

/** A neighbourhood's node and relationship indices, moved back to the event loop. */
export function neighbourhood(task: NeighbourhoodTask): WalkedNeighbourhood {
  const result = walkNeighbourhood(task.arrays, task.walk);
  return move({
    [transferableSymbol]: [result.nodes.buffer, result.relationships.buffer],
    [valueSymbol]: result,
  } as never) as unknown as WalkedNeighbourhood;
}
