// A pool of worker threads (piscina, one per core by default) that walk what-ifs and
// neighbourhoods, so that a long run from a hub never holds the event loop: searches, node
// look-ups and the serialising of other answers go on meanwhile. The projection is shared with
// the workers (shared-projection.ts); a task carries the seeds and the day, and the run's arrays
// come back moved, to be read on the event loop by the domain's report (domain/impact/report.ts
// reportOf).
//
// Two lanes, each its own queue and threads: what-ifs (a walk from a hub takes tens of
// milliseconds at 100k nodes, and fifty people's arrive together) and neighbourhoods (a few
// milliseconds each). With one queue, a neighbourhood asked behind a burst of what-ifs waited for
// all of them, which was the tail of 50 clients' latencies; with a thread of its own, it waits only
// for other neighbourhoods, and when the what-if threads are idle it overflows onto them. With
// one thread in all, the lanes share it.
//
// Each thread is handed a few tasks ahead (piscina's concurrentTasksPerWorker): otherwise the next
// task waits until the event loop has read the last one's answer, and under fifty clients the
// event loop is the busiest part of the server, so a neighbourhood running in 3 ms waited 270 ms
// for its turn (bench:many's lane timings).
import { createRequire } from 'node:module';
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import type { Projection, RunArrays, Seed } from '../../domain/impact/index.js';
import { arraysOf } from './shared-projection.js';
import type { NeighbourhoodTask, Timed, WalkTask } from './impact-worker.js';
import {
  arraysOfGraph,
  type NeighbourhoodGraph,
  type NeighbourhoodWalk,
  type WalkedNeighbourhood,
} from './neighbourhood-arrays.js';
import { LaneTimings, type LaneSummary } from './lane-timings.js';

// Under tsx (development, tests) the worker is TypeScript and needs tsx's loader; compiled, it is
// the JavaScript beside this file.
const compiled = import.meta.url.endsWith('.js');
const WORKER = new URL(`./impact-worker.${compiled ? 'js' : 'ts'}`, import.meta.url);
/** tsx's loader by its own path: a bare `--import tsx` would be looked up from the working
 *  directory, which need not be the project's. */
const tsxLoader = () => pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/** The kinds of task, each timed apart (queue wait and run). */
export type Lane = 'whatIf' | 'neighbourhood';

type Task = WalkTask | NeighbourhoodTask | null;
type Answer = Timed<RunArrays> | Timed<WalkedNeighbourhood> | null;

function startThreads(threads: number): { pool: Piscina<Task, Answer>; ready: Promise<unknown> } {
  const pool = new Piscina<Task, Answer>({
    filename: WORKER.href,
    minThreads: threads,
    maxThreads: threads,
    // A thread is started per core at once and kept: a first what-if must not wait for one.
    idleTimeout: Infinity,
    concurrentTasksPerWorker: TASKS_AHEAD,
    // Our own timings are per lane (LaneTimings); piscina's histograms would be a second copy.
    recordTiming: false,
    execArgv: compiled ? [] : ['--import', tsxLoader()],
  });
  return { pool, ready: Promise.allSettled(Array.from({ length: threads }, () => pool.run(null))) };
}

/** Tasks handed to one thread before it has answered the first (see the top of this file). */
const TASKS_AHEAD = 4;

/** Epoch milliseconds, comparable between threads. */
const now = () => performance.timeOrigin + performance.now();

export class ImpactPool {
  private readonly lanes: Record<Lane, Piscina<Task, Answer>>;
  /** Settles once every thread has started: a thread stopped while it is still loading its
   *  modules can take the process down with it, so close() waits for this first. */
  private readonly ready: Promise<unknown>;
  private readonly timings = { whatIf: new LaneTimings(), neighbourhood: new LaneTimings() };
  private readonly keys = new WeakMap<Projection, { key: number; arrays: WalkTask['arrays'] }>();
  private readonly graphArrays = new WeakMap<NeighbourhoodGraph, NeighbourhoodTask['arrays']>();
  private nextKey = 1;
  /** Tasks handed to each lane's threads and not yet answered: a neighbourhood overflows onto
   *  the what-if threads only while they have nothing to do. */
  private readonly inFlight = new Map<Piscina<Task, Answer>, number>();
  /** Neighbourhoods walked on a what-if thread (the test of the overflow reads it). */
  overflowed = 0;

  /** `threads` in all: with two or more, one of them walks only neighbourhoods. */
  constructor(readonly threads: number = os.availableParallelism()) {
    if (threads >= 2) {
      const whatIf = startThreads(threads - 1);
      const neighbourhood = startThreads(1);
      this.lanes = { whatIf: whatIf.pool, neighbourhood: neighbourhood.pool };
      this.ready = Promise.all([whatIf.ready, neighbourhood.ready]);
    } else {
      const one = startThreads(1);
      this.lanes = { whatIf: one.pool, neighbourhood: one.pool };
      this.ready = one.ready;
    }
  }

  /** The walk of a run over a projection whose arrays are shared (see shareProjection). */
  walk(p: Projection, seeds: readonly Seed[], day: number): Promise<RunArrays> {
    let shared = this.keys.get(p);
    if (!shared) this.keys.set(p, (shared = { key: this.nextKey++, arrays: arraysOf(p) }));
    return this.run<RunArrays>('whatIf', { key: shared.key, arrays: shared.arrays, seeds, day });
  }

  /** A neighbourhood walked over a graph whose arrays are shared (buildNeighbourhoodGraph). */
  neighbourhood(g: NeighbourhoodGraph, walk: NeighbourhoodWalk): Promise<WalkedNeighbourhood> {
    let arrays = this.graphArrays.get(g);
    if (!arrays) this.graphArrays.set(g, (arrays = arraysOfGraph(g)));
    return this.run<WalkedNeighbourhood>('neighbourhood', { arrays, walk }, 'neighbourhood');
  }

  /** The threads a task of this lane goes to: its own, except that a neighbourhood arriving
   *  while its thread is busy takes an idle what-if thread. */
  private poolFor(lane: Lane): Piscina<Task, Answer> {
    const own = this.lanes[lane];
    if (lane !== 'neighbourhood') return own;
    const other = this.lanes.whatIf;
    const busy = (pool: Piscina<Task, Answer>) => this.inFlight.get(pool) ?? 0;
    if (own === other || busy(own) === 0 || busy(other) >= other.threads.length) return own;
    this.overflowed++;
    return other;
  }

  /** Per lane, the tasks submitted since `since` (epoch ms; all that are kept when omitted): how
   *  long they waited for a thread and how long they ran. */
  stats(since?: number): Record<Lane, LaneSummary> {
    return {
      whatIf: this.timings.whatIf.summary(since),
      neighbourhood: this.timings.neighbourhood.summary(since),
    };
  }

  private async run<T>(lane: Lane, task: Task, name?: string): Promise<T> {
    const submitted = now();
    const pool = this.poolFor(lane);
    this.inFlight.set(pool, (this.inFlight.get(pool) ?? 0) + 1);
    let answer: Timed<T>;
    try {
      answer = (await pool.run(task, name ? { name } : {})) as Timed<T>;
    } finally {
      this.inFlight.set(pool, (this.inFlight.get(pool) ?? 1) - 1);
    }
    this.timings[lane].record(submitted, answer.startedAt - submitted, answer.ranMs);
    return answer.value;
  }

  async close(): Promise<void> {
    await this.ready;
    await Promise.all([...new Set(Object.values(this.lanes))].map((pool) => pool.destroy()));
  }
}
