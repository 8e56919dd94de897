// How long each down node stays down: an event's hours for its node; the longest of the failed
// dependencies it cannot do without; for a lost redundancy group, until enough members are back.
//
// Durations only grow from zero and each is a monotone function of its providers', so pushing
// every rise to the dependants (a worklist) reaches the same least fixed point as sweeping all
// down nodes until nothing changes, and it walks edges in provider order, the order the
// projection keeps them in memory. A plain edge passes its provider's duration on; a dependant
// reached through a redundancy group is worked out again in full from all its providers.
import { keptMasks } from './live-masks.js';
import type { Projection } from './projection.js';
import type { Seed } from './seeds.js';
import { DOWN } from './state.js';

export function downHours(
  p: Projection,
  seeds: readonly Seed[],
  state: Uint8Array,
  /** The affected nodes, in the order they were reached. */
  order: Int32Array,
  /** The run's as-at day (NaN: none): relationships not live on it carry nothing. */
  day = Number.NaN,
): Float64Array {
  const hours = new Float64Array(p.size);
  // Failures with no end: everything they take down stays down, no need to work out how long.
  if (seeds.every((s) => s.hours === Infinity)) {
    for (let i = 0; i < order.length; i++) if (state[order[i]!] === DOWN) hours[order[i]!] = Infinity;
    return hours;
  }

  // The worklist, each node in the ring at most once: nodes whose duration rose (to pass on to
  // their dependants) or that a redundancy group member's rise asks to work out again (once,
  // however many members rose meanwhile). Pushes are written out in place: with a closure made
  // per run V8 deoptimised on every new one.
  const ring = new Int32Array(p.size + 1);
  const listed = new Uint8Array(p.size);
  const rose = new Uint8Array(p.size);
  const recheck = new Uint8Array(p.size);
  let head = 0;
  let tail = 0;
  const seeded = new Uint8Array(p.size);
  for (const s of seeds) {
    hours[s.node] = Math.max(hours[s.node]!, s.hours);
    seeded[s.node] = 1;
    rose[s.node] = 1;
    if (!listed[s.node]) {
      listed[s.node] = 1;
      ring[tail++] = s.node;
    }
  }

  const { edgeDependant, edgeGroup, edgeFallback, edgeFrom, edgeUntil } = p;
  const filtered = day === day;
  // A down dependant that is not a seed was reached, so it is live: whether an edge carries
  // impact is then whether its relationship is live, from the day's masks when it has them.
  const carries = filtered ? (keptMasks(p, day)?.carries ?? null) : null;
  const compare = filtered && !keptMasks(p, day);
  // Edges are numbered in provider order: a provider's dependant edges are offsets[n] … offsets[n+1]-1.
  const offsets = p.dependants.offsets;
  const full = new FullDuration(p, day);
  while (head !== tail) {
    const n = ring[head]!;
    head = head + 1 === ring.length ? 0 : head + 1;
    listed[n] = 0;
    if (recheck[n]) {
      recheck[n] = 0;
      const h = full.of(n, state, hours);
      if (h > hours[n]!) {
        hours[n] = h;
        rose[n] = 1;
      }
    }
    if (!rose[n]) continue;
    rose[n] = 0;
    const passed = hours[n]!;
    const end = offsets[n + 1]!;
    for (let edge = offsets[n]!; edge < end; edge++) {
      const d = edgeDependant[edge]!;
      if (state[d] !== DOWN || seeded[d]) continue;
      if (carries !== null) {
        if (carries[edge] === 0) continue;
      } else if (compare && !(edgeFrom[edge]! <= day && day < edgeUntil[edge]!)) continue;
      if (edgeGroup[edge]! >= 0) recheck[d] = 1;
      else if ((edgeFallback[edge]! < 0 || state[edgeFallback[edge]!] === DOWN) && passed > hours[d]!) {
        hours[d] = passed;
        rose[d] = 1;
      } else continue; // a live fallback carries it, or it is down longer already
      if (!listed[d]) {
        listed[d] = 1;
        ring[tail] = d;
        tail = tail + 1 === ring.length ? 0 : tail + 1;
      }
    }
  }
  return hours;
}

/** A down node's duration from all its providers' current durations, with scratch space for
 *  its redundancy groups (lost members' durations, laid out group by group). */
class FullDuration {
  private readonly lostInGroup: Uint32Array;
  private readonly groupStart: Uint32Array;
  private readonly groupFill: Uint32Array;
  /** The groups met in one call (a typed array and a count: resetting an array's length is slow). */
  private readonly touched: Uint32Array;
  private lostHours = new Float64Array(16);

  /** Members per group on the run's day (live relationships to live or failed providers). */
  private readonly sizeInGroup: Uint32Array | null;
  /** The day's masks when it has them (null arrays: everything is live); else `compare`. */
  private readonly nodeLive: Uint8Array | null = null;
  private readonly carries: Uint8Array | null = null;
  private readonly compare: boolean = false;

  constructor(
    private readonly p: Projection,
    private readonly day: number,
  ) {
    this.sizeInGroup = day === day ? new Uint32Array(p.groupSize.length) : null;
    if (day === day) {
      const masks = keptMasks(p, day);
      this.nodeLive = masks?.node ?? null;
      this.carries = masks?.carries ?? null;
      this.compare = !masks;
    }
    this.lostInGroup = new Uint32Array(p.groupSize.length);
    this.groupStart = new Uint32Array(p.groupSize.length);
    this.groupFill = new Uint32Array(p.groupSize.length);
    this.touched = new Uint32Array(p.groupSize.length);
  }

  of(n: number, state: Uint8Array, hours: Float64Array): number {
    const { edgeProvider, edgeGroup, edgeFallback, groupSize, groupK, edgeFrom, edgeUntil } = this.p;
    const { nodeFrom, nodeUntil } = this.p;
    const { offsets, items } = this.p.providers;
    const { lostInGroup, groupStart, groupFill, touched, sizeInGroup, nodeLive, carries, compare, day } =
      this;
    let h = 0;
    let touchedCount = 0;
    const start = offsets[n]!;
    const end = offsets[n + 1]!;
    // Group sizes are counted afresh for each node (a group belongs to one dependant).
    if (sizeInGroup) for (let j = start; j < end; j++) sizeInGroup[edgeGroup[items[j]!]!] = 0;
    for (let j = start; j < end; j++) {
      const edge = items[j]!;
      const provider = edgeProvider[edge]!;
      // n is down and not a seed, so it is live: the edge carries when its relationship is live.
      if (carries !== null) {
        if (carries[edge] === 0) continue;
      } else if (compare && !(edgeFrom[edge]! <= day && day < edgeUntil[edge]!)) continue;
      const group = edgeGroup[edge]!;
      if (
        sizeInGroup &&
        group >= 0 &&
        (state[provider] === DOWN ||
          (nodeLive !== null
            ? nodeLive[provider] === 1
            : !compare || (nodeFrom[provider]! <= day && day < nodeUntil[provider]!)))
      )
        sizeInGroup[group]!++;
      if (state[provider] !== DOWN) continue;
      if (group >= 0) {
        if (lostInGroup[group]!++ === 0) touched[touchedCount++] = group;
      } else {
        const fallback = edgeFallback[edge]!;
        if ((fallback < 0 || state[fallback] === DOWN) && hours[provider]! > h) h = hours[provider]!;
      }
    }
    if (touchedCount === 0) return h;

    let total = 0;
    for (let t = 0; t < touchedCount; t++) {
      const g = touched[t]!;
      groupStart[g] = groupFill[g] = total;
      total += lostInGroup[g]!;
    }
    if (this.lostHours.length < total) this.lostHours = new Float64Array(total * 2);
    const lostHours = this.lostHours;
    for (let j = start; j < end; j++) {
      const edge = items[j]!;
      const provider = edgeProvider[edge]!;
      const group = edgeGroup[edge]!;
      if (carries !== null) {
        if (carries[edge] === 0) continue;
      } else if (compare && !(edgeFrom[edge]! <= day && day < edgeUntil[edge]!)) continue;
      if (group >= 0 && state[provider] === DOWN) lostHours[groupFill[group]!++] = hours[provider]!;
    }
    for (let t = 0; t < touchedCount; t++) {
      const g = touched[t]!;
      // The group is back when enough of its lost members are: the (lost − spare)-th to return.
      const lost = lostInGroup[g]!;
      const spare = (sizeInGroup ? sizeInGroup[g]! : groupSize[g]!) - groupK[g]!;
      if (lost > spare) {
        const back = nthSmallest(lostHours, groupStart[g]!, lost, lost - spare - 1);
        if (back > h) h = back;
      }
      lostInGroup[g] = 0;
    }
    return h;
  }
}

/** The n-th smallest (from 0) of `count` values from `start`; sorts them in place. */
function nthSmallest(values: Float64Array, start: number, count: number, n: number): number {
  if (count > 32) return values.subarray(start, start + count).sort()[n]!;
  for (let i = start + 1; i < start + count; i++) {
    const v = values[i]!;
    let j = i - 1;
    for (; j >= start && values[j]! > v; j--) values[j + 1] = values[j]!;
    values[j + 1] = v;
  }
  return values[start + n]!;
}
