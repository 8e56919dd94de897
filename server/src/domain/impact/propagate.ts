// Propagation of failure along the direction of impact, to a fixed point. States only rise
// (unaffected → exposed → degraded → down; plans: unaffected → at risk), so every node is queued
// at most four times and the run ends on cycles. Redundancy groups count their lost members: a
// group that keeps k leaves the dependant exposed, not degraded, and exposure spreads only as
// exposure. A fallback leaves the dependant degraded until the fallback itself fails.
// Everything lives in typed arrays sized once per run: at 100k nodes an object, a closure call
// or a Map operation per edge visited costs more than the walk itself.
import { downHours } from './down-hours.js';
import { keptMasks, noteWalked } from './live-masks.js';
import type { Projection, ProjectionArrays } from './projection.js';
import type { Seed } from './seeds.js';
import { AT_RISK, CAUSE_CODES, DEGRADED, DOWN, EXPOSED, UNAFFECTED, type CauseCode } from './state.js';

export interface Cause {
  readonly code: CauseCode;
  /** The impact edge it came along; -1 for the event itself. */
  readonly edge: number;
  readonly seed?: number;
  /** For redundancy: members still holding, group size, members needed. */
  readonly held?: number;
  readonly size?: number;
  readonly k?: number;
  /** For fallbacks: the node that takes over (or would have). */
  readonly fallback?: number;
}

export interface Propagation {
  readonly seeds: readonly Seed[];
  /** The day number the run is as at; NaN when it ignores lifecycles. */
  readonly day: number;
  readonly state: Uint8Array;
  /** Why the node reached its state (undefined when unaffected). */
  causeOf(node: number): Cause | undefined;
  /** Affected nodes in the order they were first reached (breadth-first from the events). */
  readonly order: Int32Array;
  /** The same as `order`, as a plain array (built on first use). */
  readonly reached: readonly number[];
  /** How long each down node stays down, in hours (Infinity: it does not come back). Worked out
   *  on first use: counts and a page of results do not need it. */
  readonly downHours: Float64Array;
}

/** Cause codes by number, for the typed arrays below (0 means none). */
const CODES: readonly CauseCode[] = CAUSE_CODES;
const codeNumber = (code: CauseCode): number => CODES.indexOf(code) + 1;
const EVENT = codeNumber('EVENT');
const DEPENDENCY_DOWN = codeNumber('DEPENDENCY_DOWN');
const DEPENDENCY_DEGRADED = codeNumber('DEPENDENCY_DEGRADED');
const DEPENDENCY_EXPOSED = codeNumber('DEPENDENCY_EXPOSED');
const REDUNDANCY_LOST = codeNumber('REDUNDANCY_LOST');
const REDUNDANCY_REDUCED = codeNumber('REDUNDANCY_REDUCED');
const FALLBACK = codeNumber('FALLBACK');
const FALLBACK_LOST = codeNumber('FALLBACK_LOST');
const STRATEGIC_RISK = codeNumber('STRATEGIC_RISK');

/** What a run leaves, in typed arrays only: what a worker thread hands back (see
 *  services/impact-pool/) and `propagationOf` reads. */
export interface RunArrays {
  readonly state: Uint8Array;
  /** Cause code per node (0: none), the edge (or the seed, for events), and the members held or
   *  the fallback. */
  readonly causeCode: Uint8Array;
  readonly causeEdge: Int32Array;
  readonly causeExtra: Int32Array;
  /** For a node brought down or exposed by a redundancy group: the group's members on the day. */
  readonly causeSize: Uint32Array;
  /** Affected nodes in the order they were first reached. */
  readonly order: Int32Array;
}

/**
 * Runs the seeds' failure through the projection. With a day (a day number, see domain/time/live.ts)
 * only what is live on it carries impact: relationships and dependants outside their lifecycle are
 * passed over, a redundancy group counts only its live members, and a fallback that is not live
 * saves nothing. The seeds themselves fail whatever their dates (a contract lapses the day after
 * it ends). NaN means no as-at: everything is live.
 */
export function propagate(p: Projection, seeds: readonly Seed[], day = Number.NaN): Propagation {
  return propagationOf(p, seeds, day, walk(p, seeds, day));
}

/** The walk alone, over the projection's arrays: what a worker thread runs. */
export function walk(p: ProjectionArrays, seeds: readonly Seed[], day = Number.NaN): RunArrays {
  const w = new Walk(p, day);
  for (let i = 0; i < seeds.length; i++) w.seed(seeds[i]!.node, i);
  w.run();
  const { state, causeCode, causeEdge, causeExtra } = w;
  const order = w.order.subarray(0, w.reachedCount);
  // A redundancy cause names the group's size on the day, which for an as-at run depends on
  // what the run reached: worked out here, where the run is, for the nodes that need it.
  const causeSize = new Uint32Array(p.size);
  for (let i = 0; i < order.length; i++) {
    const node = order[i]!;
    const code = causeCode[node]!;
    if (code === REDUNDANCY_LOST || code === REDUNDANCY_REDUCED) {
      causeSize[node] = w.groupSizeOf(p.edgeGroup[causeEdge[node]!]!, node);
    }
  }
  return { state, causeCode, causeEdge, causeExtra, causeSize, order };
}

/** A run's answers over its arrays, wherever the walk ran. */
export function propagationOf(
  p: Projection,
  seeds: readonly Seed[],
  day: number,
  arrays: RunArrays,
): Propagation {
  const { state, causeCode, causeEdge, causeExtra, causeSize, order } = arrays;
  const { edgeGroup, groupK } = p;

  const causeOf = (node: number): Cause | undefined => {
    const code = causeCode[node]!;
    if (code === 0) return undefined;
    const edge = causeEdge[node]!;
    const extra = causeExtra[node]!;
    if (code === EVENT) return { code: 'EVENT', edge: -1, seed: edge };
    if (code === REDUNDANCY_LOST || code === REDUNDANCY_REDUCED) {
      const group = edgeGroup[edge]!;
      return { code: CODES[code - 1]!, edge, held: extra, size: causeSize[node]!, k: groupK[group]! };
    }
    return { code: CODES[code - 1]!, edge, ...(extra >= 0 ? { fallback: extra } : {}) };
  };

  let reached: number[] | undefined;
  let hours: Float64Array | undefined;
  return {
    seeds,
    day,
    state,
    causeOf,
    order,
    get reached() {
      return (reached ??= Array.from(order));
    },
    get downHours() {
      return (hours ??= downHours(p, seeds, state, order, day));
    },
  };
}

/** One run's arrays and its breadth-first loop. A class, so that `raise` is one function V8 can
 *  inline in the loop (a closure made per run was deoptimised when the next run made another). */
class Walk {
  readonly state: Uint8Array;
  /** Causes: the code, the edge (or the seed, for events), and the members held or the fallback. */
  readonly causeCode: Uint8Array;
  readonly causeEdge: Int32Array;
  readonly causeExtra: Int32Array;
  readonly order: Int32Array;
  reachedCount = 0;
  /** A node is queued once per rise of its state, so at most four times. */
  private readonly queue: Int32Array;
  private tail = 0;

  /** As at a day with masks kept for it (see live-masks.ts): 1 where a node is live, and where
   *  an edge carries impact (null: all). */
  private readonly nodeLive: Uint8Array | null = null;
  private readonly carries: Uint8Array | null = null;
  /** Members per redundancy group on the run's day (without one, the group's size); null when
   *  the run compares spans and counts them on first use, in `liveSize` (-1: not yet). */
  private groupMembers: Uint32Array | null;
  private ownMembers = false;
  private readonly liveSize: Int32Array | null = null;
  /** As at a day with no masks yet: compare live spans, and count the edges walked. */
  private readonly compare: boolean = false;

  constructor(
    private readonly p: ProjectionArrays,
    private readonly day: number,
  ) {
    const size = p.size;
    this.groupMembers = p.groupSize;
    if (day === day) {
      const masks = keptMasks(p, day);
      if (masks) {
        this.nodeLive = masks.node;
        this.carries = masks.carries;
        this.groupMembers = masks.groupLive;
      } else {
        this.compare = true;
        this.groupMembers = null;
        this.liveSize = new Int32Array(p.groupSize.length).fill(-1);
      }
    }
    this.state = new Uint8Array(size);
    this.causeCode = new Uint8Array(size);
    this.causeEdge = new Int32Array(size);
    this.causeExtra = new Int32Array(size);
    this.order = new Int32Array(size);
    this.queue = new Int32Array(4 * size);
  }

  /** Starts the run at an event's node. A seed that is not live on the day still fails, and
   *  counts as a member of the groups its live relationships belong to. */
  seed(node: number, index: number): void {
    const nodeLive = this.nodeLive;
    if (nodeLive !== null && nodeLive[node] === 0 && this.state[node] === UNAFFECTED && this.groupMembers) {
      const { edgeGroup, edgeFrom, edgeUntil } = this.p;
      const day = this.day;
      for (let e = this.p.dependants.offsets[node]!; e < this.p.dependants.offsets[node + 1]!; e++) {
        const group = edgeGroup[e]!;
        if (group < 0 || !(edgeFrom[e]! <= day && day < edgeUntil[e]!)) continue;
        if (!this.ownMembers) {
          this.groupMembers = this.groupMembers.slice();
          this.ownMembers = true;
        }
        this.groupMembers[group]!++;
      }
    }
    this.raise(node, DOWN, EVENT, index, -1);
  }

  raise(node: number, to: number, code: number, edge: number, extra: number): void {
    const from = this.state[node]!;
    if (to <= from) return;
    if (from === UNAFFECTED) this.order[this.reachedCount++] = node;
    this.state[node] = to;
    this.causeCode[node] = code;
    this.causeEdge[node] = edge;
    this.causeExtra[node] = extra;
    this.queue[this.tail++] = node;
  }

  /** How many members of a group the dependant has on the run's day: live relationships to
   *  providers that are live or failing (only seeds fail without being live). Without a day,
   *  the group's size. */
  groupSizeOf(group: number, dependant: number): number {
    if (this.groupMembers) return this.groupMembers[group]!;
    const live = this.liveSize!;
    if (live[group]! >= 0) return live[group]!;
    const { providers, edgeGroup, edgeProvider, edgeFrom, edgeUntil, nodeFrom, nodeUntil } = this.p;
    const day = this.day;
    let count = 0;
    for (let j = providers.offsets[dependant]!; j < providers.offsets[dependant + 1]!; j++) {
      const e = providers.items[j]!;
      if (edgeGroup[e] !== group || !(edgeFrom[e]! <= day && day < edgeUntil[e]!)) continue;
      const provider = edgeProvider[e]!;
      if ((nodeFrom[provider]! <= day && day < nodeUntil[provider]!) || this.state[provider] !== UNAFFECTED)
        count++;
    }
    live[group] = count;
    return count;
  }

  run(): void {
    const p = this.p;
    const { state, queue, nodeLive, carries, compare, day } = this;
    const filtered = day === day;
    const { strategic, edgeDependant, edgeProvider, edgeGroup, edgeFallback, groupK } = p;
    const { nodeFrom, nodeUntil, edgeFrom, edgeUntil } = p;
    let walked = 0;
    // Edges are numbered in provider order: a provider's dependant edges are offsets[n] … offsets[n+1]-1.
    const depOffsets = p.dependants.offsets;
    const useOffsets = p.fallbackUsers.offsets;
    const useItems = p.fallbackUsers.items;
    const groupLost = new Uint32Array(groupK.length);
    // A provider's redundancy edges are counted lost on its first turn as down (a node can be
    // queued again after it went down, and its later turns must not count them twice).
    const countedDown = new Uint8Array(p.size);

    for (let head = 0; head < this.tail; head++) {
      const provider = queue[head]!;
      const s = state[provider]!;
      const providerStrategic = strategic[provider]!;
      const firstDown = s === DOWN && !countedDown[provider];
      if (firstDown) countedDown[provider] = 1;
      const start = depOffsets[provider]!;
      const end = depOffsets[provider + 1]!;
      walked += end - start;
      for (let edge = start; edge < end; edge++) {
        const dependant = edgeDependant[edge]!;
        // As at a day, impact travels only along live relationships to live dependants.
        if (carries !== null) {
          if (carries[edge] === 0) continue;
        } else if (
          compare &&
          !(
            edgeFrom[edge]! <= day &&
            day < edgeUntil[edge]! &&
            nodeFrom[dependant]! <= day &&
            day < nodeUntil[dependant]!
          )
        )
          continue;
        const group = edgeGroup[edge]!;
        if (firstDown && group >= 0 && !strategic[dependant]) groupLost[group]!++;
        // Nothing raises a node that is down already: skip the rest of the edge.
        if (state[dependant] === DOWN) continue;
        if (strategic[dependant]) {
          if (s >= DEGRADED || providerStrategic) this.raise(dependant, AT_RISK, STRATEGIC_RISK, edge, -1);
          continue;
        }
        if (s === DEGRADED) {
          this.raise(dependant, DEGRADED, DEPENDENCY_DEGRADED, edge, -1);
          continue;
        }
        // Exposure spreads as exposure: the dependant still has everything it needs.
        if (s === EXPOSED) {
          this.raise(dependant, EXPOSED, DEPENDENCY_EXPOSED, edge, -1);
          continue;
        }
        if (s !== DOWN) continue;
        if (group >= 0) {
          const held = this.groupSizeOf(group, dependant) - groupLost[group]!;
          if (held < groupK[group]!) this.raise(dependant, DOWN, REDUNDANCY_LOST, edge, held);
          else this.raise(dependant, EXPOSED, REDUNDANCY_REDUCED, edge, held);
          continue;
        }
        const fallback = edgeFallback[edge]!;
        if (fallback < 0) this.raise(dependant, DOWN, DEPENDENCY_DOWN, edge, -1);
        else if (
          state[fallback] !== DOWN &&
          (nodeLive !== null
            ? nodeLive[fallback] === 1
            : !compare || (nodeFrom[fallback]! <= day && day < nodeUntil[fallback]!))
        )
          this.raise(dependant, DEGRADED, FALLBACK, edge, fallback);
        else this.raise(dependant, DOWN, FALLBACK_LOST, edge, fallback);
      }
      // A fallback that fails no longer saves those leaning on it.
      if (s === DOWN) {
        const usersEnd = useOffsets[provider + 1]!;
        for (let j = useOffsets[provider]!; j < usersEnd; j++) {
          const edge = useItems[j]!;
          const dependant = edgeDependant[edge]!;
          if (filtered && state[dependant] === UNAFFECTED) continue; // never reached: not live
          if (state[edgeProvider[edge]!] === DOWN && edgeGroup[edge]! < 0 && !strategic[dependant]) {
            this.raise(dependant, DOWN, FALLBACK_LOST, edge, provider);
          }
        }
      }
    }
    if (compare) noteWalked(p, day, walked);
  }
}
