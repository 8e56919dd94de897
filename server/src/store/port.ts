// The storage port: the one interface the rest of the product uses, implemented by the
// embedded LadybugDB adapter and the Neo4j adapter. Both pass `tests/contract/store-contract.ts`.
import type { Change, HistoryQuery } from '../domain/history/change.js';
import type { Topology } from '../domain/impact/projection.js';
import type { Scenario, ScenarioInput } from '../domain/scenarios/scenario.js';
import type {
  GraphBatch,
  GraphNode,
  GraphRelationship,
  Metamodel,
  NodeKind,
  RelationshipType,
} from '../domain/metamodel/index.js';

/** Which relationships of a node a neighbourhood follows: outgoing, incoming or both. */
export const DIRECTIONS = ['OUT', 'IN', 'BOTH'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export interface SearchQuery {
  /** Every word, in any order, in name, aliases, description or kind (domain/search/match.ts); empty matches everything. */
  readonly text: string;
  readonly kinds?: readonly NodeKind[];
  readonly first: number;
  /** Opaque cursor from a previous page's `endCursor`. */
  readonly after?: string;
  /** A day (YYYY-MM-DD): only nodes live on it match (see domain/time/live.ts). Absent: every
   *  date (the API always gives one, today by default). */
  readonly asAt?: string;
}

export interface SearchPage {
  readonly nodes: GraphNode[];
  readonly cursors: string[];
  readonly hasNextPage: boolean;
  readonly totalCount: number;
}

export interface NeighbourhoodQuery {
  readonly id: string;
  readonly depth: number;
  /** Only nodes of these kinds are reached (the start node is always included). */
  readonly kinds?: readonly NodeKind[];
  /** Only relationships of these types are followed. */
  readonly types?: readonly RelationshipType[];
  readonly direction?: Direction;
  /** Stop adding nodes past this many; `truncated` then says so. */
  readonly limit: number;
  /** A day (YYYY-MM-DD): only nodes and relationships live on it are shown. The start node
   *  always is; when it is not live itself, it comes alone. Absent: every date (the API always
   *  gives one, today by default). */
  readonly asAt?: string;
  /** A node with more new neighbours than this (a hub) follows only the first this many, by id,
   *  and is listed in `capped` with how many it has. Absent: HUB_LIMIT (store/neighbourhood.ts). */
  readonly hubLimit?: number;
}

export interface Subgraph {
  readonly nodes: GraphNode[];
  readonly relationships: GraphRelationship[];
  readonly truncated: boolean;
  /** The nodes whose neighbours were cut to the hub limit, and how many new neighbours each had. */
  readonly capped: readonly CappedNode[];
}

export interface CappedNode {
  readonly id: string;
  readonly total: number;
}

export interface FrontierQuery {
  readonly ids: readonly string[];
  readonly types: readonly RelationshipType[];
  /** OUT follows from → to; IN follows to → from. */
  readonly direction: Direction;
}

export interface BatchResult {
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  /** Nodes and relationships deleted, those that went with deleted nodes included. */
  readonly deleted: number;
  /** Graph version after the write (unchanged when nothing changed, or on a dry run). */
  readonly graphVersion: number;
  /** The history entries written (or, on a dry run, that would be). */
  readonly changes: readonly Change[];
  readonly dryRun: boolean;
}

export interface WriteOptions {
  /** Who makes the change, for the history. */
  readonly actor?: string;
  /** Validate and plan, report what would change, write nothing. */
  readonly dryRun?: boolean;
  /** Told how many of the planned changes are written, as a batch too large for one
   *  transaction is written in several (Neo4j); not called for one-transaction writes. */
  readonly onProgress?: (written: number, total: number) => void;
}

/** What changed after a graph version, read from the change history: every change in order, each
 *  with its value after (the next change's value before, or the record as it is at `version`). */
export interface ChangesSince {
  /** The graph version the changes bring a reader to. */
  readonly version: number;
  readonly changes: readonly Change[];
}

/** One change of a store's metamodel, as the graph-version record keeps it. */
export interface MetamodelChangeRecord {
  /** The graph version the change produced. */
  readonly version: number;
  /** ISO timestamp. */
  readonly at: string;
  readonly actor: string;
  readonly fromName: string;
  readonly fromHash: string;
  readonly toName: string;
  readonly toHash: string;
}

export type GraphRecord =
  | { readonly type: 'node'; readonly node: GraphNode }
  | { readonly type: 'relationship'; readonly relationship: GraphRelationship };

export interface GraphStore {
  /** `ladybug` or `neo4j`, for logs and errors. */
  readonly name: string;
  /** The metamodel the store was opened with and holds (its columns and relationship types). */
  readonly metamodel: Metamodel;
  /** Nodes with these ids, in the order asked; ids that do not exist are left out. */
  getNodes(ids: readonly string[]): Promise<GraphNode[]>;
  /** Relationships with these ids, in the order asked; ids that do not exist are left out. */
  getRelationships(ids: readonly string[]): Promise<GraphRelationship[]>;
  search(query: SearchQuery): Promise<SearchPage>;
  neighbourhood(query: NeighbourhoodQuery): Promise<Subgraph>;
  /** Relationships of the given types touching any of the ids, in the given direction. */
  expandFrontier(query: FrontierQuery): Promise<GraphRelationship[]>;
  /** Validates the batch against the graph and applies it in one transaction with its history
   *  entries, or throws and changes nothing. Stale expected versions are a CONFLICT. */
  applyBatch(batch: GraphBatch, options?: WriteOptions): Promise<BatchResult>;
  /** Recorded changes, newest first. */
  history(query: HistoryQuery): Promise<Change[]>;
  /** The changes after `version`, at one later version, to catch an in-memory view up without a
   *  full read; null when the history cannot tell (a version without entries, such as a wipe, or
   *  more than `limit` changes: a full read is then the way). */
  changesSince(version: number, limit: number): Promise<ChangesSince | null>;
  /** Every node (by id), then every relationship (by key `from|TYPE|to`, then id), streamed. */
  exportGraph(): AsyncIterable<GraphRecord>;
  countByKind(): Promise<Record<NodeKind, number>>;
  countRelationships(): Promise<number>;
  /** Bumped by every write that changes something; cheap to read. */
  graphVersion(): Promise<number>;
  /** The dependency topology for the impact projection: few columns, every node and edge, with
   *  the graph version they were read at. */
  exportTopology(): Promise<Topology>;
  /** Creates or replaces a scenario; with `expectedVersion`, a different stored version is a CONFLICT. */
  saveScenario(input: ScenarioInput): Promise<Scenario>;
  /** The scenarios with these ids (all scenarios when none are given), by id. */
  getScenarios(ids?: readonly string[]): Promise<Scenario[]>;
  /** Deletes a scenario; NOT_FOUND when there is none. */
  deleteScenario(id: string): Promise<void>;
  /** Writes a consistent copy of the whole store into a new directory while it runs (the
   *  embedded store; Neo4j is backed up with its own tools and says so). */
  backup(directory: string): Promise<void>;
  /** Switches the store to another metamodel: its schema widened first (tables or relationship
   *  types, columns), then the switch in one transaction that refuses (BAD_USER_INPUT, naming each
   *  node or relationship) when anything holds a kind, field or relationship type the metamodel
   *  drops, records the metamodel and bumps the graph version; what is no longer used is dropped
   *  after. A failure before the switch leaves the old metamodel, schema and data in force. */
  changeMetamodel(next: Metamodel, options?: { readonly actor?: string }): Promise<MetamodelChangeRecord>;
  /** The metamodel changes made to this store, newest first. */
  metamodelChanges(): Promise<MetamodelChangeRecord[]>;
  /** Deletes every node and relationship (one transaction). */
  clear(): Promise<void>;
  close(): Promise<void>;
}
