// The whole graph's shape in typed arrays, for neighbourhoods walked in the pool's worker threads:
// every relationship (not only the impact-bearing ones the projection holds), by its source and
// by its target, with each node's kind and each node's and relationship's live span as day
// numbers. Built once per graph version from the read cache's topology and put in shared memory,
// so the workers read the one copy. The walk is the one store/neighbourhood.ts does over any
// store, hub limit included, and gives the same nodes and relationships; it answers indices, and
// the event loop reads the records of those from the read cache.
import type { Topology } from '../../domain/impact/projection.js';
import { liveSpan } from '../../domain/time/live.js';
import type { Direction } from '../../store/port.js';
import { compareText } from '../../store/records.js';

/** A compressed adjacency: the relationships of node i are `items[offsets[i]] … items[offsets[i+1]-1]`. */
export interface RelationshipsBy {
  readonly offsets: Uint32Array;
  readonly items: Uint32Array;
}

/** What a worker walks: arrays only, each over a SharedArrayBuffer once shared. */
export interface NeighbourhoodArrays {
  readonly version: number;
  readonly size: number;
  /** Index into NeighbourhoodGraph.kinds. */
  readonly nodeKind: Uint8Array;
  readonly nodeFrom: Float64Array;
  readonly nodeUntil: Float64Array;
  readonly relFrom: Uint32Array;
  readonly relTo: Uint32Array;
  /** Index into NeighbourhoodGraph.types. */
  readonly relType: Uint8Array;
  readonly relLiveFrom: Float64Array;
  readonly relLiveUntil: Float64Array;
  readonly outgoing: RelationshipsBy;
  readonly incoming: RelationshipsBy;
}

/** The arrays with the names the event loop turns indices back into. Nodes are numbered in id
 *  order (compareText), so that ordering indices orders ids, as the stores' walk does. */
export interface NeighbourhoodGraph extends NeighbourhoodArrays {
  readonly ids: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  readonly relIds: readonly string[];
  readonly kinds: readonly string[];
  readonly types: readonly string[];
}

/** One walk, in indices: what a task carries. */
export interface NeighbourhoodWalk {
  readonly root: number;
  readonly depth: number;
  /** Kind indices reached, or null for every kind. */
  readonly kinds: readonly number[] | null;
  /** Type indices followed. */
  readonly types: readonly number[];
  readonly direction: Direction;
  /** Day number; NaN: every date. */
  readonly day: number;
  readonly limit: number;
  readonly hubLimit: number;
}

export interface WalkedNeighbourhood {
  /** Node indices, the start first, then each level's in id order. */
  readonly nodes: Uint32Array;
  /** Relationship indices, unordered (the event loop orders them by key). */
  readonly relationships: Uint32Array;
  readonly truncated: boolean;
  /** Hubs cut to hubLimit neighbours: node index and how many new neighbours of the asked kinds
   *  its live relationships lead to. */
  readonly capped: readonly { readonly node: number; readonly total: number }[];
}

type Typed = Uint8Array | Uint32Array | Float64Array;

function shared<T extends Typed>(array: T): T {
  const Kind = array.constructor as new (buffer: SharedArrayBuffer) => T;
  const copy = new Kind(new SharedArrayBuffer(array.byteLength));
  copy.set(array as never);
  return copy;
}

function relationshipsBy(size: number, ends: Uint32Array): RelationshipsBy {
  const offsets = new Uint32Array(size + 1);
  for (const end of ends) offsets[end + 1]!++;
  for (let i = 0; i < size; i++) offsets[i + 1]! += offsets[i]!;
  const items = new Uint32Array(ends.length);
  const fill = offsets.slice(0, size);
  for (let r = 0; r < ends.length; r++) items[fill[ends[r]!]!++] = r;
  return { offsets, items };
}

/** Node ids in id order and their indices. */
export interface NodeNames {
  readonly ids: readonly string[];
  readonly index: ReadonlyMap<string, number>;
}

const inIdOrder = (ids: readonly string[]) =>
  ids.every((id, i) => i === 0 || compareText(ids[i - 1]!, id) < 0);

/** The arrays of a topology, in shared memory when `share` (the pool reads them). `names` built
 *  for the same topology (the impact projection's, which the read cache's export gives in id
 *  order) are taken rather than made again: a hundred thousand map entries fewer. */
export function buildNeighbourhoodGraph(
  topology: Topology,
  share: boolean,
  names?: NodeNames,
): NeighbourhoodGraph {
  const nodes = topology.nodes;
  const size = nodes.length;
  let ids = names?.ids;
  let index = names?.index;
  if (!ids || !index || ids.length !== size || index.size !== size || !inIdOrder(ids)) {
    ids = nodes.map((n) => n.id).sort(compareText);
    index = new Map(ids.map((id, i) => [id, i]));
  }
  const kinds: string[] = [];
  const kindIndex = new Map<string, number>();
  const intern = (names: string[], at: Map<string, number>, name: string) => {
    let i = at.get(name);
    if (i === undefined) at.set(name, (i = names.push(name) - 1));
    return i;
  };
  const nodeKind = new Uint8Array(size);
  const nodeFrom = new Float64Array(size);
  const nodeUntil = new Float64Array(size);
  for (const n of nodes) {
    const i = index.get(n.id)!;
    nodeKind[i] = intern(kinds, kindIndex, n.kind);
    const span = liveSpan(n);
    nodeFrom[i] = span.from;
    nodeUntil[i] = span.until;
  }
  const edges = topology.edges.filter((e) => index.has(e.from) && index.has(e.to));
  const at = index;
  const count = edges.length;
  const types: string[] = [];
  const typeIndex = new Map<string, number>();
  const relIds = new Array<string>(count);
  const relFrom = new Uint32Array(count);
  const relTo = new Uint32Array(count);
  const relType = new Uint8Array(count);
  const relLiveFrom = new Float64Array(count);
  const relLiveUntil = new Float64Array(count);
  edges.forEach((e, r) => {
    relIds[r] = e.id!;
    relFrom[r] = at.get(e.from)!;
    relTo[r] = at.get(e.to)!;
    relType[r] = intern(types, typeIndex, e.type);
    const span = liveSpan(e);
    relLiveFrom[r] = span.from;
    relLiveUntil[r] = span.until;
  });
  const s = share ? shared : <T extends Typed>(a: T) => a;
  const by = (ends: Uint32Array) => {
    const a = relationshipsBy(size, ends);
    return { offsets: s(a.offsets), items: s(a.items) };
  };
  return {
    version: topology.version,
    size,
    ids,
    index,
    relIds,
    kinds,
    types,
    nodeKind: s(nodeKind),
    nodeFrom: s(nodeFrom),
    nodeUntil: s(nodeUntil),
    relFrom: s(relFrom),
    relTo: s(relTo),
    relType: s(relType),
    relLiveFrom: s(relLiveFrom),
    relLiveUntil: s(relLiveUntil),
    outgoing: by(relFrom),
    incoming: by(relTo),
  };
}

/** Only the arrays and counts: what a task carries to a worker (views of shared memory). */
export function arraysOfGraph(g: NeighbourhoodArrays): NeighbourhoodArrays {
  return {
    version: g.version,
    size: g.size,
    nodeKind: g.nodeKind,
    nodeFrom: g.nodeFrom,
    nodeUntil: g.nodeUntil,
    relFrom: g.relFrom,
    relTo: g.relTo,
    relType: g.relType,
    relLiveFrom: g.relLiveFrom,
    relLiveUntil: g.relLiveUntil,
    outgoing: g.outgoing,
    incoming: g.incoming,
  };
}

/** The walk of store/neighbourhood.ts over the arrays (see there for the rules). */
export function walkNeighbourhood(g: NeighbourhoodArrays, q: NeighbourhoodWalk): WalkedNeighbourhood {
  const day = q.day;
  const nodeLive = (n: number) => day !== day || (g.nodeFrom[n]! <= day && day < g.nodeUntil[n]!);
  const relLive = (r: number) => day !== day || (g.relLiveFrom[r]! <= day && day < g.relLiveUntil[r]!);
  if (!nodeLive(q.root)) {
    return { nodes: Uint32Array.of(q.root), relationships: new Uint32Array(0), truncated: false, capped: [] };
  }
  const typeOk = new Uint8Array(256);
  for (const t of q.types) typeOk[t] = 1;
  const kindOk = q.kinds ? new Uint8Array(256) : null;
  if (kindOk) for (const k of q.kinds!) kindOk[k] = 1;
  const reachable = (n: number) => (!kindOk || kindOk[g.nodeKind[n]!] === 1) && nodeLive(n);

  // 1: in the view; 2: on the current frontier as well.
  const mark = new Uint8Array(g.size);
  const nodes: number[] = [q.root];
  mark[q.root] = 1;
  const relationships = new Set<number>();
  const capped: { node: number; total: number }[] = [];
  let frontier = [q.root];
  let truncated = false;
  for (let level = 0; level < q.depth && frontier.length > 0 && !truncated; level++) {
    for (const f of frontier) mark[f] = 2;
    const found: number[] = [];
    const fresh = new Set<number>();
    for (const f of frontier) {
      // A hub's new neighbours, and those it follows: the first hubLimit of the reachable ones.
      const own: number[] = [];
      const add = (r: number, far: number) => {
        found.push(r);
        if (mark[far] === 0) own.push(far);
      };
      if (q.direction !== 'IN') {
        for (let i = g.outgoing.offsets[f]!; i < g.outgoing.offsets[f + 1]!; i++) {
          const r = g.outgoing.items[i]!;
          if (typeOk[g.relType[r]!] && relLive(r)) add(r, g.relTo[r]!);
        }
      }
      if (q.direction !== 'OUT') {
        for (let i = g.incoming.offsets[f]!; i < g.incoming.offsets[f + 1]!; i++) {
          const r = g.incoming.items[i]!;
          // Both ways, a relationship between two frontier nodes was already met going out.
          if (!typeOk[g.relType[r]!] || !relLive(r)) continue;
          if (q.direction === 'BOTH' && mark[g.relFrom[r]!] === 2) continue;
          add(r, g.relFrom[r]!);
        }
      }
      if (own.length <= q.hubLimit) {
        for (const n of own) fresh.add(n);
        continue;
      }
      // A hub: more new neighbours of the asked kinds than hubLimit (their dates not read).
      const neighbours = [...new Set(own)].filter((n) => !kindOk || kindOk[g.nodeKind[n]!] === 1);
      if (neighbours.length <= q.hubLimit) {
        for (const n of neighbours) fresh.add(n);
        continue;
      }
      neighbours.sort((a, b) => a - b);
      capped.push({ node: f, total: neighbours.length });
      let followed = 0;
      for (let i = 0; i < neighbours.length && followed < q.hubLimit; i++) {
        if (!nodeLive(neighbours[i]!)) continue;
        fresh.add(neighbours[i]!);
        followed++;
      }
    }
    for (const f of frontier) mark[f] = 1;
    const next: number[] = [];
    const sorted = [...fresh].sort((a, b) => a - b);
    // In the slices the stores read nodes in, so that `truncated` is theirs to the node.
    for (let i = 0; i < sorted.length && !truncated;) {
      const end = Math.min(sorted.length, i + Math.max(50, 2 * (q.limit - nodes.length)));
      for (; i < end; i++) {
        const n = sorted[i]!;
        if (!reachable(n)) continue;
        if (nodes.length >= q.limit) {
          truncated = true;
          break;
        }
        mark[n] = 1;
        nodes.push(n);
        next.push(n);
      }
      if (nodes.length >= q.limit && end < sorted.length) truncated = true;
      i = end;
    }
    for (const r of found) if (mark[g.relFrom[r]!] && mark[g.relTo[r]!]) relationships.add(r);
    frontier = next;
  }
  // Relationships among the outermost ring were not walked yet.
  for (const f of frontier) {
    for (let i = g.outgoing.offsets[f]!; i < g.outgoing.offsets[f + 1]!; i++) {
      const r = g.outgoing.items[i]!;
      if (typeOk[g.relType[r]!] && mark[g.relTo[r]!] && relLive(r)) relationships.add(r);
    }
  }
  return {
    nodes: Uint32Array.from(nodes),
    relationships: Uint32Array.from(relationships),
    truncated,
    capped,
  };
}
