// What is live on one day, as masks over the projection, worked out once per day and kept: an
// as-at run then reads one byte per edge in the order it walks them, instead of comparing four
// spans, two of them at the scattered dependant's index (those reads made an as-at run cost
// several times a plain one). A graph with no dates, or a day on which everything is live, has
// no masks at all and runs exactly as a plain run does. Building a day's masks reads the whole
// graph, so a day gets them only once runs as at it have walked a good part of it: the contract
// horizon asks about each contract as at its own lapse day, and each of those runs walks little.
import type { ProjectionArrays } from './projection.js';

export interface LiveMasks {
  /** 1 where the node is live on the day; null when every node is. */
  readonly node: Uint8Array | null;
  /** 1 where the impact edge carries impact on the day (its relationship and its dependant are
   *  live); null when every edge does. */
  readonly carries: Uint8Array | null;
  /** Members of each redundancy group with a live relationship to a live provider: a run adds the
   *  failing providers that are not live (its seeds, which fail whatever their dates). */
  readonly groupLive: Uint32Array;
}

/** Days kept per projection: a page moving through the years asks a handful at a time. */
const DAYS_KEPT = 8;
/** Days whose walks are being counted before they earn masks. */
const DAYS_COUNTED = 64;
/** A day earns its masks once its runs have compared spans on this share of the edges. */
const WALKED_SHARE = 0.25;

interface DayCache {
  /** False when no node or relationship has a date: every day is the same. */
  readonly dated: boolean;
  readonly days: Map<number, LiveMasks>;
  /** Edges walked by comparing spans, per day without masks. */
  readonly walked: Map<number, number>;
}

const caches = new WeakMap<ProjectionArrays, DayCache>();

/** True when some span is not open at that end (a planned thing's `from` is +Infinity). */
function anyBound(a: Float64Array, open: number): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== open) return true;
  return false;
}

function cacheOf(p: ProjectionArrays): DayCache {
  let cache = caches.get(p);
  if (!cache) {
    const dated =
      anyBound(p.nodeFrom, -Infinity) ||
      anyBound(p.nodeUntil, Infinity) ||
      anyBound(p.edgeFrom, -Infinity) ||
      anyBound(p.edgeUntil, Infinity);
    cache = { dated, days: new Map(), walked: new Map() };
    caches.set(p, cache);
  }
  return cache;
}

/** The masks of a day (a day number, not NaN) when the projection has them (always, when it has
 *  no dates); null when a run as at that day should compare spans (and report what it walked). */
export function keptMasks(p: ProjectionArrays, day: number): LiveMasks | null {
  const cache = cacheOf(p);
  if (!cache.dated) return { node: null, carries: null, groupLive: p.groupSize };
  const kept = cache.days.get(day);
  if (!kept) return null;
  // Most recently used last, so the oldest is the first to go.
  cache.days.delete(day);
  cache.days.set(day, kept);
  return kept;
}

/** A run as at the day compared spans on `edges` edges: once enough have, the day gets masks. */
export function noteWalked(p: ProjectionArrays, day: number, edges: number): void {
  const { walked } = cacheOf(p);
  const total = (walked.get(day) ?? 0) + edges;
  walked.delete(day);
  if (total < WALKED_SHARE * p.edgeCount) {
    walked.set(day, total);
    if (walked.size > DAYS_COUNTED) walked.delete(walked.keys().next().value!);
    return;
  }
  liveMasks(p, day);
}

/** The masks of a day (a day number, not NaN), built and kept when the projection has none. */
export function liveMasks(p: ProjectionArrays, day: number): LiveMasks {
  const cache = cacheOf(p);
  const kept = keptMasks(p, day);
  if (kept) return kept;
  const masks = build(p, day);
  cache.days.set(day, masks);
  if (cache.days.size > DAYS_KEPT) cache.days.delete(cache.days.keys().next().value!);
  return masks;
}

function build(p: ProjectionArrays, day: number): LiveMasks {
  const { nodeFrom, nodeUntil, edgeFrom, edgeUntil, edgeProvider, edgeDependant, edgeGroup } = p;
  const node = new Uint8Array(p.size);
  let allNodes = true;
  for (let n = 0; n < p.size; n++) {
    const live = nodeFrom[n]! <= day && day < nodeUntil[n]!;
    node[n] = live ? 1 : 0;
    if (!live) allNodes = false;
  }
  const carries = new Uint8Array(p.edgeCount);
  const groupLive = new Uint32Array(p.groupSize.length);
  let allEdges = true;
  for (let e = 0; e < p.edgeCount; e++) {
    const live = edgeFrom[e]! <= day && day < edgeUntil[e]!;
    const group = edgeGroup[e]!;
    if (live && group >= 0 && node[edgeProvider[e]!]) groupLive[group]!++;
    const carried = live && node[edgeDependant[e]!] === 1;
    carries[e] = carried ? 1 : 0;
    if (!carried) allEdges = false;
  }
  return {
    node: allNodes ? null : node,
    carries: allEdges ? null : carries,
    groupLive: allNodes && allEdges ? p.groupSize : groupLive,
  };
}
