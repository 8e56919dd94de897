// Any graph store, with the explorer's reads (nodes, search, neighbourhoods) answered from an
// in-memory snapshot while the snapshot is at the store's graph version. Writes go to the store;
// their reported changes keep the snapshot current. When the version moved some other way
// (another API server on the same Neo4j, a write outside this process), reads go to the store
// until a fresh snapshot has been read in the background.
import type { GraphBatch, GraphNode, GraphRelationship } from '../../domain/metamodel/index.js';
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

export class CachedGraphStore implements GraphStore {
  readonly name: string;
  private snapshot: GraphSnapshot | null = null;
  private reading: Promise<void> | null = null;
  private closed = false;

  constructor(
    private readonly store: GraphStore,
    /** Told when a background re-read of the snapshot fails (the app logs it). */
    private readonly onRefreshError: (error: unknown) => void = () => undefined,
  ) {
    this.name = store.name;
  }

  /** Reads the snapshot now (start-up), rather than on the first read that finds it stale. */
  async warm(): Promise<void> {
    if (!(await this.current())) await this.reading;
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
        getNodes: async (ids) => snapshot.getNodes(ids),
        expandFrontier: async (q) => snapshot.expandFrontier(q),
      },
      query,
    );
  }

  async exportTopology(): Promise<Topology> {
    // After an edit the projection is rebuilt from memory, not from a full read of the store.
    return (await this.current())?.topology() ?? this.store.exportTopology();
  }

  async applyBatch(batch: GraphBatch, options?: WriteOptions): Promise<BatchResult> {
    const result = await this.store.applyBatch(batch, options);
    const snapshot = this.snapshot;
    // Writes commit one after another, each bumping the version by one: a result that follows
    // the snapshot's version directly can be applied; any other leaves it stale.
    if (!result.dryRun && snapshot && result.graphVersion === snapshot.version + 1) {
      snapshot.apply(result.changes, result.graphVersion);
    }
    return result;
  }

  async clear(): Promise<void> {
    this.snapshot = null;
    await this.store.clear();
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.reading;
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

  /** The snapshot when it is at the store's version; otherwise null, and a fresh one is read. */
  private async current(): Promise<GraphSnapshot | null> {
    const version = await this.store.graphVersion();
    if (this.snapshot?.version === version) return this.snapshot;
    if (!this.closed) {
      this.reading ??= GraphSnapshot.read(
        () => this.store.exportGraph(),
        () => this.store.graphVersion(),
      )
        .then((snapshot) => {
          // A write applied while it was read may have moved the old one past it.
          if (snapshot && snapshot.version > (this.snapshot?.version ?? -1)) this.snapshot = snapshot;
        })
        // The store is answering reads meanwhile and the next read retries; the failure is told,
        // so a cache that never refreshes shows in the log.
        .catch((error: unknown) => this.onRefreshError(error))
        .finally(() => (this.reading = null));
    }
    return null;
  }
}
