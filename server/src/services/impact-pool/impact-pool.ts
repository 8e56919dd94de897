// A pool of worker threads (piscina, one per core by default) that walk what-ifs, so that a long
// run from a hub never holds the event loop: searches, node look-ups and the serialising of other
// answers go on meanwhile. The projection is shared with the workers (shared-projection.ts); a
// task carries the seeds and the day, and the run's arrays come back moved, to be read on the event
// loop by the domain's report (domain/impact/report.ts reportOf).
import { createRequire } from 'node:module';
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import type { Projection, RunArrays, Seed } from '../../domain/impact/index.js';
import { arraysOf } from './shared-projection.js';
import type { NeighbourhoodTask, WalkTask } from './impact-worker.js';
import {
  arraysOfGraph,
  type NeighbourhoodGraph,
  type NeighbourhoodWalk,
  type WalkedNeighbourhood,
} from './neighbourhood-arrays.js';

// Under tsx (development, tests) the worker is TypeScript and needs tsx's loader; compiled, it is
// the JavaScript beside this file.
const compiled = import.meta.url.endsWith('.js');
const WORKER = new URL(`./impact-worker.${compiled ? 'js' : 'ts'}`, import.meta.url);
/** tsx's loader by its own path: a bare `--import tsx` would be looked up from the working
 *  directory, which need not be the project's. */
const tsxLoader = () => pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

export class ImpactPool {
  private readonly pool: Piscina<WalkTask | NeighbourhoodTask | null, RunArrays | WalkedNeighbourhood | null>;
  /** Settles once every thread has started: a thread stopped while it is still loading its
   *  modules can take the process down with it, so close() waits for this first. */
  private readonly ready: Promise<unknown>;
  private readonly keys = new WeakMap<Projection, { key: number; arrays: WalkTask['arrays'] }>();
  private readonly graphArrays = new WeakMap<NeighbourhoodGraph, NeighbourhoodTask['arrays']>();
  private nextKey = 1;

  constructor(readonly threads: number = os.availableParallelism()) {
    this.pool = new Piscina({
      filename: WORKER.href,
      minThreads: threads,
      maxThreads: threads,
      // A thread is started per core at once and kept: a first what-if must not wait for one.
      idleTimeout: Infinity,
      execArgv: compiled ? [] : ['--import', tsxLoader()],
    });
    this.ready = Promise.allSettled(Array.from({ length: threads }, () => this.pool.run(null)));
  }

  /** The walk of a run over a projection whose arrays are shared (see shareProjection). */
  walk(p: Projection, seeds: readonly Seed[], day: number): Promise<RunArrays> {
    let shared = this.keys.get(p);
    if (!shared) this.keys.set(p, (shared = { key: this.nextKey++, arrays: arraysOf(p) }));
    return this.pool.run({ key: shared.key, arrays: shared.arrays, seeds, day }) as Promise<RunArrays>;
  }

  /** A neighbourhood walked over a graph whose arrays are shared (buildNeighbourhoodGraph). */
  neighbourhood(g: NeighbourhoodGraph, walk: NeighbourhoodWalk): Promise<WalkedNeighbourhood> {
    let arrays = this.graphArrays.get(g);
    if (!arrays) this.graphArrays.set(g, (arrays = arraysOfGraph(g)));
    const task: NeighbourhoodTask = { arrays, walk };
    return this.pool.run(task, { name: 'neighbourhood' }) as Promise<WalkedNeighbourhood>;
  }

  async close(): Promise<void> {
    await this.ready;
    await this.pool.destroy();
  }
}
