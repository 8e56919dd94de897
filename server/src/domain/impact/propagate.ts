// Propagation of failure along the direction of impact, to a fixed point. States only rise
// (unaffected → at risk/degraded → down), so every node is queued at most three times and the
// run ends on cycles. Redundancy groups count their lost members; a fallback leaves the
// dependant degraded until the fallback itself fails.
import type { Projection } from './projection.js';
import type { Seed } from './seeds.js';
import { AT_RISK, DEGRADED, DOWN, UNAFFECTED, type CauseCode } from './state.js';

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
  readonly state: Uint8Array;
  /** Why the node reached its state (undefined when unaffected). */
  causeOf(node: number): Cause | undefined;
  /** Affected nodes in the order they were first reached (breadth-first from the events). */
  readonly reached: readonly number[];
  /** How long each down node stays down, in hours (Infinity: it does not come back). */
  readonly downHours: Float64Array;
}

/** Cause codes by number, for the typed arrays below (0 means none). */
const CODES: readonly CauseCode[] = [
  'EVENT',
  'DEPENDENCY_DOWN',
  'DEPENDENCY_DEGRADED',
  'REDUNDANCY_LOST',
  'REDUNDANCY_REDUCED',
  'FALLBACK',
  'FALLBACK_LOST',
  'STRATEGIC_RISK',
];
const [
  EVENT,
  DEPENDENCY_DOWN,
  DEPENDENCY_DEGRADED,
  REDUNDANCY_LOST,
  REDUNDANCY_REDUCED,
  FALLBACK,
  FALLBACK_LOST,
  STRATEGIC_RISK,
] = CODES.map((_, i) => i + 1) as [number, number, number, number, number, number, number, number];

export function propagate(p: Projection, seeds: readonly Seed[]): Propagation {
  const state = new Uint8Array(p.size);
  // Causes live in typed arrays (an object per edge visited would cost more than the walk):
  // the code, the edge (or the seed, for events), and the members held or the fallback node.
  const causeCode = new Uint8Array(p.size);
  const causeEdge = new Int32Array(p.size);
  const causeExtra = new Int32Array(p.size);
  const reached: number[] = [];
  const strategic = p.strategic;
  const groupLost = new Uint32Array(p.groupSize.length);
  const counted = new Uint8Array(p.edgeCount);
  const queue: number[] = [];

  const raise = (node: number, to: number, code: number, edge: number, extra = -1) => {
    if (to <= state[node]!) return;
    if (state[node] === UNAFFECTED) reached.push(node);
    state[node] = to;
    causeCode[node] = code;
    causeEdge[node] = edge;
    causeExtra[node] = extra;
    queue.push(node);
  };

  seeds.forEach((s, i) => raise(s.node, DOWN, EVENT, i));

  for (let head = 0; head < queue.length; head++) {
    const provider = queue[head]!;
    const s = state[provider]!;
    const { offsets, items } = p.dependants;
    for (let j = offsets[provider]!; j < offsets[provider + 1]!; j++) {
      const edge = items[j]!;
      const dependant = p.edgeDependant[edge]!;
      if (strategic[dependant]) {
        if (s >= DEGRADED || strategic[provider]) raise(dependant, AT_RISK, STRATEGIC_RISK, edge);
        continue;
      }
      if (s === DEGRADED) {
        raise(dependant, DEGRADED, DEPENDENCY_DEGRADED, edge);
        continue;
      }
      if (s !== DOWN) continue;
      const group = p.edgeGroup[edge]!;
      if (group >= 0) {
        if (!counted[edge]) {
          counted[edge] = 1;
          groupLost[group]!++;
        }
        const held = p.groupSize[group]! - groupLost[group]!;
        const lost = held < p.groupK[group]!;
        raise(dependant, lost ? DOWN : DEGRADED, lost ? REDUNDANCY_LOST : REDUNDANCY_REDUCED, edge, held);
        continue;
      }
      const fallback = p.edgeFallback[edge]!;
      if (fallback >= 0 && state[fallback] !== DOWN) raise(dependant, DEGRADED, FALLBACK, edge, fallback);
      else if (fallback >= 0) raise(dependant, DOWN, FALLBACK_LOST, edge, fallback);
      else raise(dependant, DOWN, DEPENDENCY_DOWN, edge);
    }
    // A fallback that fails no longer saves those leaning on it.
    if (s === DOWN) {
      const users = p.fallbackUsers;
      for (let j = users.offsets[provider]!; j < users.offsets[provider + 1]!; j++) {
        const edge = users.items[j]!;
        const dependant = p.edgeDependant[edge]!;
        if (state[p.edgeProvider[edge]!] === DOWN && p.edgeGroup[edge]! < 0 && !strategic[dependant]) {
          raise(dependant, DOWN, FALLBACK_LOST, edge, provider);
        }
      }
    }
  }

  const causeOf = (node: number): Cause | undefined => {
    const code = causeCode[node]!;
    if (code === 0) return undefined;
    const edge = causeEdge[node]!;
    const extra = causeExtra[node]!;
    if (code === EVENT) return { code: 'EVENT', edge: -1, seed: edge };
    if (code === REDUNDANCY_LOST || code === REDUNDANCY_REDUCED) {
      const group = p.edgeGroup[edge]!;
      return { code: CODES[code - 1]!, edge, held: extra, size: p.groupSize[group]!, k: p.groupK[group]! };
    }
    return { code: CODES[code - 1]!, edge, ...(extra >= 0 ? { fallback: extra } : {}) };
  };
  return { seeds, state, causeOf, reached, downHours: downHours(p, seeds, state) };
}

/**
 * How long each down node stays down: an event's hours for its node; the longest of the failed
 * dependencies it cannot do without; for a lost redundancy group, until enough members are back.
 * Durations only grow, so relaxing to a fixed point terminates.
 */
function downHours(p: Projection, seeds: readonly Seed[], state: Uint8Array): Float64Array {
  const hours = new Float64Array(p.size);
  // Failures with no end: everything they take down stays down, no need to work out how long.
  if (seeds.every((s) => s.hours === Infinity)) {
    for (let n = 0; n < p.size; n++) if (state[n] === DOWN) hours[n] = Infinity;
    return hours;
  }
  for (const s of seeds) hours[s.node] = Math.max(hours[s.node]!, s.hours);
  const seeded = new Uint8Array(p.size);
  for (const s of seeds) seeded[s.node] = 1;
  const downNodes: number[] = [];
  for (let n = 0; n < p.size; n++) if (state[n] === DOWN && !seeded[n]) downNodes.push(n);

  for (let changed = true, rounds = 0; changed && rounds < p.size + 1; rounds++) {
    changed = false;
    for (const n of downNodes) {
      let h = 0;
      const byGroup = new Map<number, number[]>();
      for (let j = p.providers.offsets[n]!; j < p.providers.offsets[n + 1]!; j++) {
        const edge = p.providers.items[j]!;
        const provider = p.edgeProvider[edge]!;
        if (state[provider] !== DOWN) continue;
        const group = p.edgeGroup[edge]!;
        if (group >= 0) {
          const lost = byGroup.get(group);
          if (lost) lost.push(hours[provider]!);
          else byGroup.set(group, [hours[provider]!]);
        } else if (p.edgeFallback[edge]! < 0 || state[p.edgeFallback[edge]!] === DOWN)
          h = Math.max(h, hours[provider]!);
      }
      for (const [group, lost] of byGroup) {
        const spare = p.groupSize[group]! - p.groupK[group]!;
        if (lost.length > spare) h = Math.max(h, lost.sort((a, b) => a - b)[lost.length - spare - 1]!);
      }
      if (h > hours[n]!) {
        hours[n] = h;
        changed = true;
      }
    }
  }
  return hours;
}
