// The projection: the dependency topology in typed arrays, built from a store's export and
// read by the impact engine and the contract horizon. Ids are interned to integers; impact
// edges are held twice, by provider (who suffers when it fails) and by dependant (what it needs).
import { CODE_METAMODEL, defaultRelationshipId, type Metamodel } from '../metamodel/index.js';
import { liveSpan } from '../time/live.js';
import { impactModelOf, type ImpactModel } from './impact-model.js';

/** What the projection needs of a node: no names, no descriptions. */
export interface TopologyNode {
  readonly id: string;
  /** A kind of the metamodel the projection is built with. */
  readonly kind: string;
  readonly rtoHours?: number | undefined;
  readonly criticality?: string | undefined;
  readonly start?: string | undefined;
  readonly end?: string | undefined;
  readonly planned?: boolean | undefined;
  readonly noticeMonths?: number | undefined;
}

export interface TopologyEdge {
  /** The relationship's id (parallel relationships share from, type and to); graphs built
   *  by hand may leave it out. */
  readonly id?: string | undefined;
  readonly from: string;
  /** A relationship type of the metamodel the projection is built with. */
  readonly type: string;
  readonly to: string;
  readonly redundancy?: { readonly group: string; readonly k: number } | undefined;
  readonly fallback?: string | undefined;
  readonly start?: string | undefined;
  readonly end?: string | undefined;
  readonly planned?: boolean | undefined;
}

export interface Topology {
  readonly version: number;
  readonly nodes: readonly TopologyNode[];
  readonly edges: readonly TopologyEdge[];
}

/** A compressed adjacency: the items of node i are `items[offsets[i]] … items[offsets[i+1]-1]`. */
export interface Adjacency {
  readonly offsets: Uint32Array;
  readonly items: Uint32Array;
}

export interface Projection {
  readonly version: number;
  readonly size: number;
  readonly ids: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  readonly nodes: readonly TopologyNode[];
  /** What the engine reads of the metamodel the projection was built with. */
  readonly model: ImpactModel;
  /** Index into the metamodel's kinds (model.kinds). */
  readonly kind: Uint8Array;
  /** Recovery time objective in hours; NaN where none is set. */
  readonly rtoHours: Float64Array;
  /** 1 for nodes of a strategic kind (the council's projects, themes and strategies): they are
   *  put at risk, not taken down. */
  readonly strategic: Uint8Array;
  /** Each node's live span as day numbers, [from, until) (see domain/time/live.ts): an as-at
   *  run compares these instead of rebuilding the projection. ±Infinity where open. */
  readonly nodeFrom: Float64Array;
  readonly nodeUntil: Float64Array;

  /** Impact-bearing edges: provider fails → dependant affected. Numbered in provider order, so
   *  `dependants.items[j] === j`. */
  readonly edgeCount: number;
  readonly edgeProvider: Uint32Array;
  readonly edgeDependant: Uint32Array;
  /** Index into the metamodel's relationship types (model.types). */
  readonly edgeType: Uint8Array;
  /** The id of the relationship behind each impact edge (explanations name it). */
  readonly edgeId: readonly string[];
  /** Redundancy group of the edge (index into groupSize/groupK), or -1. */
  readonly edgeGroup: Int32Array;
  /** Node that takes over when the provider fails, or -1. */
  readonly edgeFallback: Int32Array;
  /** Each edge's relationship's live span, as for nodes. */
  readonly edgeFrom: Float64Array;
  readonly edgeUntil: Float64Array;
  readonly groupSize: Uint32Array;
  readonly groupK: Uint32Array;
  readonly groupName: readonly string[];
  /** Edge ids by provider (the edges along which its failure spreads). */
  readonly dependants: Adjacency;
  /** Edge ids by dependant (what it needs). */
  readonly providers: Adjacency;
  /** Edge ids by fallback node (whose failure removes the fallback). */
  readonly fallbackUsers: Adjacency;

  /** Relationships that carry no impact (the council's ADDRESSES, REPLACES, ALIGNS_WITH), by source. */
  readonly links: readonly Link[];
}

/** The projection without its strings and objects: every typed array and count, which is all a
 *  run walks (propagate.ts `walk`) and what worker threads share without copying. */
export type ProjectionArrays = Omit<
  Projection,
  'ids' | 'index' | 'nodes' | 'model' | 'edgeId' | 'groupName' | 'links'
>;

export interface Link {
  readonly from: number;
  readonly type: string;
  readonly to: number;
  /** The relationship's live span (day numbers). */
  readonly liveFrom: number;
  readonly liveUntil: number;
}

/** True when node n is live on the day (a day number); NaN means "no as-at": always live. */
export const nodeLive = (p: Projection, n: number, day: number): boolean =>
  day !== day || (p.nodeFrom[n]! <= day && day < p.nodeUntil[n]!);
/** True when impact edge e's relationship is live on the day; NaN: always. */
export const edgeLive = (p: Projection, e: number, day: number): boolean =>
  day !== day || (p.edgeFrom[e]! <= day && day < p.edgeUntil[e]!);

export const kindOf = (p: Projection, node: number): string => p.model.kinds[p.kind[node]!]!;
export const typeOf = (p: Projection, edge: number): string => p.model.types[p.edgeType[edge]!]!;

/** The relationship as stored (its id, from → to) behind an impact edge. */
export function edgeEnds(
  p: Projection,
  edge: number,
): { id: string; from: string; type: string; to: string } {
  const type = typeOf(p, edge);
  const provider = p.ids[p.edgeProvider[edge]!]!;
  const dependant = p.ids[p.edgeDependant[edge]!]!;
  const id = p.edgeId[edge]!;
  return p.model.direction[p.edgeType[edge]!] === 'SOURCE'
    ? { id, from: dependant, type, to: provider }
    : { id, from: provider, type, to: dependant };
}

function adjacency(size: number, count: number, keyOf: (edge: number) => number): Adjacency {
  const offsets = new Uint32Array(size + 1);
  for (let e = 0; e < count; e++) {
    const key = keyOf(e);
    if (key >= 0) offsets[key + 1]!++;
  }
  for (let i = 0; i < size; i++) offsets[i + 1]! += offsets[i]!;
  const items = new Uint32Array(offsets[size]!);
  const fill = offsets.slice(0, size);
  for (let e = 0; e < count; e++) {
    const key = keyOf(e);
    if (key >= 0) items[fill[key]!++] = e;
  }
  return { offsets, items };
}

/**
 * Builds the projection over a metamodel (the council one unless told): each kind's impact role
 * says which nodes are put at risk rather than taken down, each relationship type's direction of
 * impact which end suffers. Edges whose ends are unknown are skipped (the store never has them);
 * a kind or type the metamodel does not have is refused (a store of the metamodel cannot hold it).
 */
export function buildProjection(topology: Topology, metamodel: Metamodel = CODE_METAMODEL): Projection {
  const model = impactModelOf(metamodel);
  const { kindIndex, typeIndex, direction: directions, strategicKind } = model;
  const nodes = topology.nodes;
  const size = nodes.length;
  const ids = nodes.map((n) => n.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const kind = new Uint8Array(size);
  const rtoHours = new Float64Array(size).fill(Number.NaN);
  const strategic = new Uint8Array(size);
  const nodeFrom = new Float64Array(size);
  const nodeUntil = new Float64Array(size);
  nodes.forEach((n, i) => {
    const span = liveSpan(n);
    nodeFrom[i] = span.from;
    nodeUntil[i] = span.until;
    const k = kindIndex.get(n.kind);
    if (k === undefined) throw unknownName(metamodel, 'kind', n.kind, n.id);
    kind[i] = k;
    strategic[i] = strategicKind[k]!;
    if (n.rtoHours !== undefined) rtoHours[i] = n.rtoHours;
  });

  const impact: {
    id: string;
    provider: number;
    dependant: number;
    type: number;
    group: string | null;
    k: number;
    fallback: number;
    from: number;
    until: number;
  }[] = [];
  const links: Link[] = [];
  // Parallel relationships (same ends and type) in one redundancy group are one member: two
  // relationships to the same provider are not two alternatives (docs/impact-semantics.md).
  // The member is live while any of them is: the hull of their spans.
  const members = new Map<string, number>();
  for (const e of topology.edges) {
    const from = index.get(e.from);
    const to = index.get(e.to);
    if (from === undefined || to === undefined) continue;
    const type = typeIndex.get(e.type);
    if (type === undefined) throw unknownName(metamodel, 'relationship type', e.type, e.id ?? e.from);
    const direction = directions[type]!;
    const span = liveSpan(e);
    if (direction === 'NONE') {
      links.push({ from, type: e.type, to, liveFrom: span.from, liveUntil: span.until });
      continue;
    }
    const [provider, dependant] = direction === 'SOURCE' ? [to, from] : [from, to];
    if (e.redundancy) {
      const member = `${dependant}#${e.redundancy.group}#${provider}`;
      const first = members.get(member);
      if (first !== undefined) {
        const kept = impact[first]!;
        kept.from = Math.min(kept.from, span.from);
        kept.until = Math.max(kept.until, span.until);
        kept.k = Math.max(kept.k, e.redundancy.k);
        continue;
      }
      members.set(member, impact.length);
    }
    impact.push({
      id: e.id ?? defaultRelationshipId(e.from, e.type, e.to),
      provider,
      dependant,
      type,
      group: e.redundancy ? `${dependant}#${e.redundancy.group}` : null,
      k: e.redundancy?.k ?? 0,
      fallback: e.fallback !== undefined ? (index.get(e.fallback) ?? -1) : -1,
      from: span.from,
      until: span.until,
    });
  }

  const edgeCount = impact.length;
  // Groups are numbered in the order of the export.
  const groupOf = new Int32Array(edgeCount).fill(-1);
  const groups = new Map<string, number>();
  const sizes: number[] = [];
  const ks: number[] = [];
  const names: string[] = [];
  impact.forEach((e, i) => {
    if (e.group === null) return;
    let g = groups.get(e.group);
    if (g === undefined) {
      g = sizes.length;
      groups.set(e.group, g);
      sizes.push(0);
      ks.push(e.k);
      names.push(e.group.slice(e.group.indexOf('#') + 1));
    }
    sizes[g]!++;
    ks[g] = Math.max(ks[g]!, e.k); // the metamodel keeps one k per group; be strict if not
    groupOf[i] = g;
  });

  // Edges are numbered in provider order (keeping the export's order among one provider's), so
  // the propagation reads the dependant, group and fallback of consecutive edges from
  // consecutive memory: scattered reads were most of its time at 100k nodes. The other
  // adjacencies keep the export's order within each node too, so every walk sees the same order.
  const byProvider = adjacency(size, edgeCount, (e) => impact[e]!.provider);
  const renumber = new Uint32Array(edgeCount);
  const edgeProvider = new Uint32Array(edgeCount);
  const edgeDependant = new Uint32Array(edgeCount);
  const edgeType = new Uint8Array(edgeCount);
  const edgeId = new Array<string>(edgeCount);
  const edgeGroup = new Int32Array(edgeCount);
  const edgeFallback = new Int32Array(edgeCount);
  const edgeFrom = new Float64Array(edgeCount);
  const edgeUntil = new Float64Array(edgeCount);
  for (let j = 0; j < edgeCount; j++) {
    const original = byProvider.items[j]!;
    const e = impact[original]!;
    renumber[original] = j;
    edgeProvider[j] = e.provider;
    edgeDependant[j] = e.dependant;
    edgeType[j] = e.type;
    edgeId[j] = e.id;
    edgeGroup[j] = groupOf[original]!;
    edgeFallback[j] = e.fallback;
    edgeFrom[j] = e.from;
    edgeUntil[j] = e.until;
  }
  const renumbered = (a: Adjacency): Adjacency => ({
    offsets: a.offsets,
    items: a.items.map((original) => renumber[original]!),
  });

  return {
    version: topology.version,
    size,
    ids,
    index,
    nodes,
    model,
    kind,
    rtoHours,
    strategic,
    nodeFrom,
    nodeUntil,
    edgeCount,
    edgeProvider,
    edgeDependant,
    edgeType,
    edgeId,
    edgeGroup,
    edgeFallback,
    edgeFrom,
    edgeUntil,
    groupSize: Uint32Array.from(sizes),
    groupK: Uint32Array.from(ks),
    groupName: names,
    dependants: renumbered(byProvider),
    providers: renumbered(adjacency(size, edgeCount, (e) => impact[e]!.dependant)),
    fallbackUsers: renumbered(adjacency(size, edgeCount, (e) => impact[e]!.fallback)),
    links,
  };
}

/** A node or relationship the metamodel has no name for: a store of the metamodel cannot hold
 *  it, so it is a caller's mistake (a topology read with another metamodel), said plainly. */
function unknownName(metamodel: Metamodel, what: string, name: string, at: string): Error {
  return new Error(`[domain/impact] ${at}: "${name}" is no ${what} of the ${metamodel.name} metamodel`);
}
