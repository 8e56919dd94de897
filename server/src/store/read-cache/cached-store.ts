// Any graph store, with the explorer's reads (nodes, search, neighbourhoods) answered from an
// in-memory snapshot. Writes go to the store; the changes they report are applied to the
// snapshot as they commit, so a server reads its own writes at once. Writes made elsewhere
// (another API server on the same Neo4j, a tool outside this process) are learnt of by polling
// the graph version once per interval, not per request, and caught up from the change history:
// the changes since the snapshot's version are read and applied in place. Only a server that has
// fallen further behind than the history can replay reads the whole graph again, and reads go to
// the store meanwhile.
import type { Change } from '../../domain/history/change.js';
import type { GraphBatch, GraphNode, GraphRelationship, Metamodel } from '../../domain/metamodel/index.js';
import type { Topology } from '../../domain/impact/projection.js';
import { neighbourhoodOf } from '../neighbourhood.js';
import type {
  BatchResult,
  FrontierQuery,
  GraphStore,
  NeighbourhoodQuery,
  SearchPage,
  SearchQuery,
  Subgraph,
  WriteOptions,
} from '../port.js';
import { GraphSnapshot } from './graph-snapshot.js';

export interface ReadCacheOptions {
  /** How often the store's graph version is read, in ms. 0 reads it before every read instead
   *  (tests and tools that write behind the cache's back and expect to see it at once). */
  readonly pollMs?: number;
  /** More changes than this since the snapshot's version are not replayed: the graph is read
   *  again instead (cheaper past some point, and bounded memory for the replay). */
  readonly catchUpLimit?: number;
  /** Told when a refresh of the snapshot fails (the app logs it); reads go to the store then. */
  readonly onRefreshError?: (error: unknown) => void;
}

/** What the cache has done to stay current, for /readyz and the tests that drive it. */
export interface ReadCacheStats {
  /** The snapshot's graph version; null before it was first read. */
  readonly version: number | null;
  /** Catch-ups from the change history, and the changes they applied. */
  readonly catchUps: number;
  readonly changesCaughtUp: number;
  /** Own writes applied as they committed. */
  readonly writesApplied: number;
  /** Whole-graph reads (the first included). */
  readonly fullReads: number;
}

/** Told of every change applied to the snapshot (own writes and catch-ups alike), with the
 *  versions it moved between; `changes` is null when the snapshot was read whole again. */
export type SnapshotListener = (changes: readonly Change[] | null, from: number | null, to: number) => void;

const DEFAULT_CATCH_UP_LIMIT = 50_000;

export class CachedGraphStore implements GraphStore {
  readonly name: string;

  get metamodel(): Metamodel {
    return this.store.metamodel;
  }
  private snapshot: GraphSnapshot | null = null;
  /** The store is known to be past the snapshot and the snapshot is being read again whole:
   *  reads go to the store. */
  private stale = false;
  private refreshing: Promise<void> | null = null;
  private closed = false;
  private readonly timer: NodeJS.Timeout | null;
  private readonly pollMs: number;
  private readonly catchUpLimit: number;
  private readonly onRefreshError: (error: unknown) => void;
  private readonly listeners: SnapshotListener[] = [];
  private counts = { catchUps: 0, changesCaughtUp: 0, writesApplied: 0, fullReads: 0 };

  constructor(
    private readonly store: GraphStore,
    options: ReadCacheOptions = {},
  ) {
    this.name = store.name;
    this.pollMs = options.pollMs ?? 0;
    this.catchUpLimit = options.catchUpLimit ?? DEFAULT_CATCH_UP_LIMIT;
    this.onRefreshError = options.onRefreshError ?? (() => undefined);
    this.timer = this.pollMs > 0 ? setInterval(() => void this.refresh(), this.pollMs) : null;
    // A poll must not keep a finished process (a CLI command, a test) alive.
    this.timer?.unref();
  }

  /** Reads the snapshot now (start-up), rather than on the first read that finds none. */
  async warm(): Promise<void> {
    await this.refresh();
  }

  /** Reads the store's graph version and brings the snapshot to it: from the change history when
   *  it can, by a whole read when not. Runs once per poll interval; calls made while one runs
   *  share it. */
  refresh(): Promise<void> {
    if (this.closed) return Promise.resolve();
    this.refreshing ??= this.bringCurrent()
      // Reads are answered meanwhile (from the store when stale) and the next poll retries; the
      // failure is told, so a cache that never refreshes shows in the log.
      .catch((error: unknown) => this.onRefreshError(error))
      .finally(() => (this.refreshing = null));
    return this.refreshing;
  }

  /** Told of every change applied to the snapshot: the hook for views kept beside it (the impact
   *  projection, a search index). */
  onApplied(listener: SnapshotListener): void {
    this.listeners.push(listener);
  }

  stats(): ReadCacheStats {
    return { version: this.snapshot?.version ?? null, ...this.counts };
  }

  /** The graph version reads are answered at, known without asking the store when the snapshot
   *  is current (the what-if service checks it on every request). */
  async readVersion(): Promise<number> {
    const snapshot = await this.current();
    return snapshot ? snapshot.version : this.store.graphVersion();
  }

  async getNodes(ids: readonly string[]): Promise<GraphNode[]> {
    return (await this.current())?.getNodes(ids) ?? this.store.getNodes(ids);
  }

  async search(query: SearchQuery): Promise<SearchPage> {
    return (await this.current())?.search(query, `store/${this.name}`) ?? this.store.search(query);
  }

  async expandFrontier(query: FrontierQuery): Promise<GraphRelationship[]> {
    return (await this.current())?.expandFrontier(query) ?? this.store.expandFrontier(query);
  }

  async neighbourhood(query: NeighbourhoodQuery): Promise<Subgraph> {
    const snapshot = await this.current();
    if (!snapshot) return this.store.neighbourhood(query);
    // The same walk as the stores', over the snapshot: one version throughout.
    return neighbourhoodOf(
      {
        name: this.name,
        metamodel: this.store.metamodel,
        getNodes: async (ids) => snapshot.getNodes(ids),
        expandFrontier: async (q) => snapshot.expandFrontier(q),
      },
      query,
    );
  }

  /** Nodes and relationships (by source and id) as of the snapshot's version, when the snapshot
   *  is current and at `version`; null otherwise. For answers worked out elsewhere (the pool's
   *  neighbourhoods) against that version: one version throughout, or the caller walks again. */
  recordsAt(
    version: number,
    nodeIds: readonly string[],
    relationships: readonly (readonly [from: string, id: string])[],
  ): { nodes: GraphNode[]; relationships: GraphRelationship[] } | null {
    const snapshot = this.snapshot;
    if (this.stale || snapshot?.version !== version) return null;
    const nodes = snapshot.getNodes(nodeIds);
    const rels = relationships.flatMap(([from, id]) => snapshot.getRelationship(from, id) ?? []);
    return nodes.length === nodeIds.length && rels.length === relationships.length
      ? { nodes, relationships: rels }
      : null;
  }

  async exportTopology(): Promise<Topology> {
    // The projection is built from memory, not from a second read of the store: one read of the
    // graph feeds both views, so while the snapshot is read again whole the projection waits
    // for it rather than reading the graph a second time beside it.
    if (this.stale) await this.refreshing;
    return (await this.current())?.topology() ?? this.store.exportTopology();
  }

  async applyBatch(batch: GraphBatch, options?: WriteOptions): Promise<BatchResult> {
    const result = await this.store.applyBatch(batch, options);
    if (result.dryRun || result.changes.length === 0) return result;
    const snapshot = this.snapshot;
    // Writes commit one after another, each bumping the version by one: a result that follows
    // the snapshot's version directly can be applied as it is.
    if (snapshot && !this.stale && result.graphVersion === snapshot.version + 1) {
      this.applyTo(snapshot, result.changes, result.graphVersion);
      this.counts.writesApplied++;
    } else if (snapshot) {
      // Another server wrote in between: catch up to this write before answering, so that the
      // writer's next read sees it (or, failing that, reads go to the store).
      await this.refreshing;
      if ((this.snapshot?.version ?? -1) < result.graphVersion) await this.refresh();
      if ((this.snapshot?.version ?? -1) < result.graphVersion) this.stale = true;
    }
    return result;
  }

  changesSince: GraphStore['changesSince'] = (version, limit) => this.store.changesSince(version, limit);

  async changeMetamodel(next: Metamodel, options?: { actor?: string }) {
    const record = await this.store.changeMetamodel(next, options);
    // The change bumped the version without history entries: the snapshot is read whole again,
    // and every listener (the impact projection) told so, before the change is answered.
    await this.refreshing;
    await this.refresh();
    return record;
  }

  metamodelChanges: GraphStore['metamodelChanges'] = () => this.store.metamodelChanges();

  async clear(): Promise<void> {
    this.snapshot = null;
    await this.store.clear();
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    await this.refreshing;
    await this.store.close();
  }

  history: GraphStore['history'] = (query) => this.store.history(query);
  getRelationships: GraphStore['getRelationships'] = (ids) => this.store.getRelationships(ids);
  exportGraph: GraphStore['exportGraph'] = () => this.store.exportGraph();
  countByKind: GraphStore['countByKind'] = () => this.store.countByKind();
  countRelationships: GraphStore['countRelationships'] = () => this.store.countRelationships();
  graphVersion: GraphStore['graphVersion'] = () => this.store.graphVersion();

  saveScenario: GraphStore['saveScenario'] = (input) => this.store.saveScenario(input);
  getScenarios: GraphStore['getScenarios'] = (ids) => this.store.getScenarios(ids);
  deleteScenario: GraphStore['deleteScenario'] = (id) => this.store.deleteScenario(id);
  backup: GraphStore['backup'] = (directory) => this.store.backup(directory);

  /** The snapshot to answer from, or null to answer from the store (none read yet, or being read
   *  again whole). With a poll interval this costs no round trip. */
  private async current(): Promise<GraphSnapshot | null> {
    if (this.pollMs === 0) await this.refresh();
    else if (!this.snapshot) void this.refresh();
    return this.stale ? null : this.snapshot;
  }

  private async bringCurrent(): Promise<void> {
    const version = await this.store.graphVersion();
    for (let attempt = 0; attempt < 3; attempt++) {
      const snapshot = this.snapshot;
      if (!snapshot || version < snapshot.version) break;
      if (version === snapshot.version) {
        this.stale = false;
        return;
      }
      const from = snapshot.version;
      const delta = await this.store.changesSince(from, this.catchUpLimit);
      // A version that was read but whose entries are not in the history (a wipe writes none,
      // and entries are written with their version in one transaction) cannot be replayed.
      if (!delta || delta.version < version) break;
      // Own writes applied meanwhile moved the snapshot on: ask again from where it is now.
      if (this.snapshot !== snapshot || snapshot.version !== from) continue;
      if (delta.version > from) {
        this.applyTo(snapshot, delta.changes, delta.version);
        this.counts.catchUps++;
        this.counts.changesCaughtUp += delta.changes.length;
      }
      this.stale = false;
      return;
    }
    await this.readWhole();
  }

  /** Reads the whole graph again; reads go to the store meanwhile when the old snapshot is behind. */
  private async readWhole(): Promise<void> {
    if (this.snapshot) this.stale = true;
    const fresh = await GraphSnapshot.read(
      () => this.store.exportGraph(),
      () => this.store.graphVersion(),
    );
    // Null: the version moved while it was read; the next poll (or read) tries again.
    if (!fresh) return;
    // An own write applied to the old snapshot meanwhile may have moved it past this one.
    if (this.snapshot && !this.stale && this.snapshot.version >= fresh.version) return;
    const from = this.snapshot?.version ?? null;
    this.snapshot = fresh;
    this.stale = false;
    this.counts.fullReads++;
    for (const listener of this.listeners) listener(null, from, fresh.version);
  }

  private applyTo(snapshot: GraphSnapshot, changes: readonly Change[], version: number): void {
    const from = snapshot.version;
    snapshot.apply(changes, version);
    for (const listener of this.listeners) listener(changes, from, version);
  }
}
