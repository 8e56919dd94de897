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

/** An answer with when its task began (epoch ms, comparable with the event loop's clock) and
 *  how long it ran: the pool tells queue wait from run time per lane with them. */
export interface Timed<T> {
  readonly value: T;
  readonly startedAt: number;
  readonly ranMs: number;
}

/** Moved, not copied: the event loop gets the buffers and the worker forgets them. */
function timed<T>(startedAt: number, value: T, buffers: readonly ArrayBufferLike[]): Timed<T> {
  const answer: Timed<T> = {
    value,
    startedAt,
    ranMs: performance.timeOrigin + performance.now() - startedAt,
  };
  return move({ [transferableSymbol]: buffers, [valueSymbol]: answer } as never) as unknown as Timed<T>;
}

let kept: { key: number; arrays: ProjectionArrays } | null = null;

/** A task of null only starts the thread (see ImpactPool's `ready`). */
export default function run(task: WalkTask | null): Timed<RunArrays> | null {
  if (task === null) return null;
  const startedAt = performance.timeOrigin + performance.now();
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
  return timed(
    startedAt,
    result,
    buffers.map((a) => a.buffer),
  );
}

export interface NeighbourhoodTask {
  /** Views of shared memory: cloning them into the task shares them. */
  readonly arrays: NeighbourhoodArrays;
  readonly walk: NeighbourhoodWalk;
}

/** A neighbourhood's node and relationship indices, moved back to the event loop. */
export function neighbourhood(task: NeighbourhoodTask): Timed<WalkedNeighbourhood> {
  const startedAt = performance.timeOrigin + performance.now();
  const result = walkNeighbourhood(task.arrays, task.walk);
  return timed(startedAt, result, [result.nodes.buffer, result.relationships.buffer]);
}
