// Neighbourhoods walked in the impact pool's worker threads over the whole graph's arrays in shared
// memory (impact-pool/neighbourhood-arrays.ts), so that the event loop only reads the records of
// what the walk found and serialises them: a depth-2 view through a hub scans tens of thousands of
// relationships, which on the event loop held every other request behind it. The arrays are
// built per graph version behind the read cache; edits that only change nodes' fields patch them,
// and until arrays at the read cache's version exist (just after a relationship changed), the
// read cache walks on the event loop, as it does with no pool.
import type { Change } from '../domain/history/change.js';
import type { Topology } from '../domain/impact/projection.js';
import { relationshipKey, type GraphNode } from '../domain/metamodel/index.js';
import { dayNumber, liveSpan } from '../domain/time/live.js';
import { HUB_LIMIT } from '../store/neighbourhood.js';
import type { GraphStore, NeighbourhoodQuery, Subgraph } from '../store/port.js';
import type { CachedGraphStore } from '../store/read-cache/cached-store.js';
import { compareText } from '../store/records.js';
import type { ImpactPool } from './impact-pool/impact-pool.js';
import {
  buildNeighbourhoodGraph,
  type NeighbourhoodGraph,
  type NodeNames,
} from './impact-pool/neighbourhood-arrays.js';

export class NeighbourhoodService {
  private graph: NeighbourhoodGraph | null = null;
  private building: Promise<void> | null = null;
  private readonly cache: CachedGraphStore | null;
  /** Walks answered in the pool, and on the event loop for want of current arrays. */
  private counts = { pooled: 0, onEventLoop: 0, builds: 0, patches: 0 };

  constructor(
    private readonly store: GraphStore,
    private readonly pool: ImpactPool | null,
  ) {
    this.cache = pool && 'onApplied' in store ? (store as CachedGraphStore) : null;
    this.cache?.onApplied((changes, from, to) => {
      const g = this.graph;
      if (changes && g?.version === from) this.graph = patchNodeSpans(g, changes, to);
      if (this.graph !== g && this.graph) this.counts.patches++;
    });
  }

  stats(): Readonly<typeof this.counts> & { readonly version: number | null } {
    return { version: this.graph?.version ?? null, ...this.counts };
  }

  /** Takes a topology read for another purpose (the impact projection) rather than read it again. */
  adopt(topology: Topology, names?: NodeNames): void {
    if (!this.cache || (this.graph && this.graph.version >= topology.version)) return;
    this.graph = buildNeighbourhoodGraph(topology, true, names);
    this.counts.builds++;
  }

  async neighbourhood(query: NeighbourhoodQuery): Promise<Subgraph> {
    const cache = this.cache;
    if (!cache || !this.pool) return this.store.neighbourhood(query);
    const version = await cache.readVersion();
    const g = this.graph;
    const root = g?.index.get(query.id);
    if (!g || g.version !== version || root === undefined) {
      // Unknown ids get the read cache's own answer (not found); stale arrays are read again.
      if (g?.version !== version) void this.rebuild();
      return this.onEventLoop(query);
    }
    const indices = (names: readonly string[], all: readonly string[]) =>
      names.flatMap((name) => (all.includes(name) ? [all.indexOf(name)] : []));
    const walked = await this.pool.neighbourhood(g, {
      root,
      depth: query.depth,
      kinds: query.kinds?.length ? indices(query.kinds, g.kinds) : null,
      types: indices(query.types?.length ? query.types : this.store.metamodel.relationshipTypes, g.types),
      direction: query.direction ?? 'BOTH',
      day: query.asAt ? dayNumber(query.asAt) : Number.NaN,
      limit: query.limit,
      hubLimit: query.hubLimit ?? HUB_LIMIT,
    });
    const records = cache.recordsAt(
      g.version,
      Array.from(walked.nodes, (n) => g.ids[n]!),
      Array.from(walked.relationships, (r) => [g.ids[g.relFrom[r]!]!, g.relIds[r]!] as const),
    );
    // A write landed while the worker walked: walk again at the new version.
    if (!records) return this.onEventLoop(query);
    this.counts.pooled++;
    return {
      nodes: records.nodes,
      // By key, parallel relationships by id: the stores' order (store/neighbourhood.ts), with
      // each key made once rather than once per comparison.
      relationships: records.relationships
        .map((r) => ({ r, key: `${relationshipKey(r.from, r.type, r.to)}|${r.id}` }))
        .sort((a, b) => compareText(a.key, b.key))
        .map(({ r }) => r),
      truncated: walked.truncated,
      capped: walked.capped.map((c) => ({ id: g.ids[c.node]!, total: c.total })),
    };
  }

  private onEventLoop(query: NeighbourhoodQuery): Promise<Subgraph> {
    this.counts.onEventLoop++;
    return this.store.neighbourhood(query);
  }

  private rebuild(): Promise<void> {
    this.building ??= this.store
      .exportTopology()
      .then((topology) => this.adopt(topology))
      .finally(() => (this.building = null));
    return this.building;
  }
}

/** The arrays at `version` after changes that only update nodes' fields, new live spans in new
 *  shared arrays (a walk under way keeps the old ones); the same arrays when no span moved; the
 *  old graph (to be read again) when any change does more. */
function patchNodeSpans(
  g: NeighbourhoodGraph,
  changes: readonly Change[],
  version: number,
): NeighbourhoodGraph {
  const moved: [number, { from: number; until: number }][] = [];
  for (const change of changes) {
    if (change.target !== 'NODE' || change.action !== 'UPDATE' || !change.after) return g;
    const node = change.after as GraphNode;
    const at = g.index.get(node.id);
    if (at === undefined || g.kinds[g.nodeKind[at]!] !== node.kind) return g;
    const span = liveSpan(node);
    if (span.from !== g.nodeFrom[at] || span.until !== g.nodeUntil[at]) moved.push([at, span]);
  }
  if (moved.length === 0) return { ...g, version };
  const sharedCopy = (a: Float64Array) => {
    const copy = new Float64Array(new SharedArrayBuffer(a.byteLength));
    copy.set(a);
    return copy;
  };
  const nodeFrom = sharedCopy(g.nodeFrom);
  const nodeUntil = sharedCopy(g.nodeUntil);
  for (const [at, span] of moved) {
    nodeFrom[at] = span.from;
    nodeUntil[at] = span.until;
  }
  return { ...g, version, nodeFrom, nodeUntil };
}
