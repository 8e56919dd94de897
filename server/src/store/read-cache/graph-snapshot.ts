// The whole graph in memory at one graph version: nodes by id, relationships by their ends,
// and nodes in name order for search. Answers the explorer's reads in microseconds where the
// embedded engine needs ~0.3 ms per node whose relationships it reads (measured at 100k nodes),
// and is kept current by applying the changes each write reports.
import type { Change } from '../../domain/history/change.js';
import {
  RELATIONSHIP_TYPES,
  type GraphNode,
  type GraphRelationship,
  type RelationshipType,
} from '../../domain/metamodel/index.js';
import type { FrontierQuery, GraphRecord, SearchPage, SearchQuery } from '../port.js';
import { TOPOLOGY_FIELDS, compareText } from '../records.js';
import type { Topology, TopologyEdge, TopologyNode } from '../../domain/impact/projection.js';
import { prepareQuery, searchableOf } from '../../domain/search/match.js';
import { searchPage, type SearchCandidate } from '../search-page.js';
import { SearchIndex } from './search-index.js';
import { dayNumber, isLiveOnDay } from '../../domain/time/live.js';

/** A node with its search tokens, made once per version of the node. */
type Entry = SearchCandidate;

/**
 * A node's relationships one way, in the order they were added; each relationship is one object,
 * in both of its ends' lists. Most nodes have a few, held in an array; past INDEXED_FROM the list
 * becomes a map by type and far end, so that putting or deleting each of a hub's fifty thousand
 * relationships costs the same as for a leaf's (a scan per relationship made a hub import
 * quadratic: 30 s after the commit, at 50k).
 */
type Edges = GraphRelationship[] | Map<string, GraphRelationship>;
const INDEXED_FROM = 64;
/** A node's edges are told apart by relationship id: parallel ones share type and far end. */
const edgeKey = (rel: GraphRelationship) => rel.id;
const NO_EDGES: readonly GraphRelationship[] = [];
/** More node changes than this in one write re-sort the names on the next search, rather than
 *  move a slice of the name order per node. */
const RESORT_AFTER = 256;

const TYPE_NAMES = new Map<string, RelationshipType>(RELATIONSHIP_TYPES.map((t) => [t, t]));
// Shared by every record that has none, rather than one empty list each.
const NO_PROVENANCE: GraphRelationship['provenance'] = [];
const NO_ALIASES: GraphNode['aliases'] = [];

const byNameThenId = (a: Entry, b: Entry) =>
  compareText(a.sortName, b.sortName) || compareText(a.node.id, b.node.id);

export class GraphSnapshot {
  private readonly entries = new Map<string, Entry>();
  private readonly outgoing = new Map<string, Edges>();
  private readonly incoming = new Map<string, Edges>();
  /** Entries by (sortName, id): sorted on the first search, then kept in order by each change. */
  private sorted: Entry[] | null = null;
  /** Entries by each search token they hold (./search-index.ts): built on the first search with
   *  words, then kept current by each change. */
  private tokens: SearchIndex<Entry> | null = null;

  private constructor(public version: number) {}

  /** Reads a store's export; null when the graph version moved while it was read. */
  static async read(
    records: () => AsyncIterable<GraphRecord>,
    graphVersion: () => Promise<number>,
  ): Promise<GraphSnapshot | null> {
    const version = await graphVersion();
    const snapshot = new GraphSnapshot(version);
    for await (const record of records()) {
      if (record.type === 'node') snapshot.putNode(record.node);
      else snapshot.addRelationship(record.relationship);
    }
    return (await graphVersion()) === version ? snapshot : null;
  }

  /** Applies one write's changes, in order, and takes its version: in time linear in them. */
  apply(changes: readonly Change[], version: number): void {
    let nodeChanges = 0;
    for (const change of changes) if (change.target === 'NODE') nodeChanges++;
    if (nodeChanges > RESORT_AFTER) {
      this.sorted = null;
      this.tokens = null;
    }
    for (const change of changes) {
      if (change.target === 'NODE') {
        if (change.action === 'DELETE') this.deleteNode(change.targetId);
        else if (change.after) this.putNode(change.after as GraphNode);
      } else if (change.action === 'DELETE') {
        this.deleteRelationship(change.before as GraphRelationship);
      } else if (change.after) {
        this.putRelationship(change.after as GraphRelationship);
      }
    }
    this.version = version;
  }

  getNodes(ids: readonly string[]): GraphNode[] {
    return ids.flatMap((id) => this.entries.get(id)?.node ?? []);
  }

  /** A relationship by its source and id (what the pool's neighbourhood walk answers). */
  getRelationship(from: string, id: string): GraphRelationship | undefined {
    const edges = this.outgoing.get(from);
    if (!edges) return undefined;
    return Array.isArray(edges) ? edges.find((r) => r.id === id) : edges.get(id);
  }

  expandFrontier(query: FrontierQuery): GraphRelationship[] {
    const types = new Set(query.types);
    const found: GraphRelationship[] = [];
    if (query.direction !== 'IN') {
      for (const id of query.ids)
        for (const r of edgesOf(this.outgoing, id)) if (types.has(r.type)) found.push(r);
    }
    if (query.direction !== 'OUT') {
      // Both ways, a relationship between two frontier nodes was already met going out.
      const out = query.direction === 'BOTH' ? new Set(query.ids) : null;
      for (const id of query.ids) {
        for (const r of edgesOf(this.incoming, id)) if (types.has(r.type) && !out?.has(r.from)) found.push(r);
      }
    }
    return found;
  }

  /** The stores' search (see ../search-page.ts), over every node in memory. */
  search(query: SearchQuery, module: string): SearchPage {
    const day = query.asAt ? dayNumber(query.asAt) : null;
    const live = day === null ? undefined : (node: GraphNode) => isLiveOnDay(node, day);
    return searchPage(this.candidates(query.text), query, module, live);
  }

  /** The entries that can match every word of the text, in name order: all of them for an empty
   *  query. search-page.ts scores them exactly as it would score every node. */
  private candidates(text: string): Entry[] {
    const words = prepareQuery(text).words;
    if (words.length === 0) return this.inNameOrder();
    const index = (this.tokens ??= this.indexTokens());
    return index.candidates(words).sort(byNameThenId);
  }

  private indexTokens(): SearchIndex<Entry> {
    const index = new SearchIndex<Entry>();
    for (const entry of this.entries.values()) index.add(entry);
    return index;
  }

  /** The impact projection's input, without a read of the store (seconds at 100k nodes):
   *  nodes by id and each node's outgoing relationships, the order the stores export in. */
  topology(): Topology {
    const ids = [...this.entries.keys()].sort(compareText);
    const nodes = ids.map((id) => {
      const node = this.entries.get(id)!.node as unknown as Record<string, unknown>;
      const picked: Record<string, unknown> = { id, kind: node.kind };
      for (const field of TOPOLOGY_FIELDS) if (node[field] !== undefined) picked[field] = node[field];
      return picked as unknown as TopologyNode;
    });
    // One object per edge, with no spread of a temporary object per optional field: half a
    // million of them are made at start-up and after each reload.
    const edges: TopologyEdge[] = [];
    for (const id of ids) {
      for (const r of edgesOf(this.outgoing, id)) {
        const edge: { -readonly [K in keyof TopologyEdge]: TopologyEdge[K] } = {
          id: r.id,
          from: r.from,
          type: r.type,
          to: r.to,
        };
        if (r.redundancy) edge.redundancy = r.redundancy;
        if (r.fallback) edge.fallback = r.fallback;
        if (r.start) edge.start = r.start;
        if (r.end) edge.end = r.end;
        if (r.planned !== undefined) edge.planned = r.planned;
        edges.push(edge);
      }
    }
    return { version: this.version, nodes, edges };
  }

  private inNameOrder(): Entry[] {
    this.sorted ??= [...this.entries.values()].sort(byNameThenId);
    return this.sorted;
  }

  private putNode(read: GraphNode): void {
    const node: GraphNode = {
      ...read,
      aliases: read.aliases.length ? read.aliases : NO_ALIASES,
      provenance: read.provenance.length ? read.provenance : NO_PROVENANCE,
    };
    const entry: Entry = { node, searchable: searchableOf(node), sortName: node.name.toLowerCase() };
    this.forget(this.entries.get(node.id));
    this.entries.set(node.id, entry);
    if (this.sorted) this.sorted.splice(this.sortedPosition(entry), 0, entry);
    this.tokens?.add(entry);
  }

  /** Takes an entry out of the name order and the token index, where they are kept. */
  private forget(entry: Entry | undefined): void {
    if (!entry) return;
    this.tokens?.remove(entry);
    if (!this.sorted) return;
    const at = this.sortedPosition(entry);
    if (this.sorted[at] === entry) this.sorted.splice(at, 1);
  }

  /** Where an entry is, or would go, in the name order (binary search). */
  private sortedPosition(entry: Entry): number {
    const sorted = this.sorted!;
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (byNameThenId(sorted[middle]!, entry) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  private deleteNode(id: string): void {
    this.forget(this.entries.get(id));
    this.entries.delete(id);
    // The store detaches a deleted node's relationships; their DELETE changes come first, but a
    // node wiped without them must not leave edges behind.
    for (const rel of [...edgesOf(this.outgoing, id), ...edgesOf(this.incoming, id)]) {
      this.deleteRelationship(rel);
    }
    this.outgoing.delete(id);
    this.incoming.delete(id);
  }

  private putRelationship(rel: GraphRelationship): void {
    this.deleteRelationship(rel);
    this.addRelationship(rel);
  }

  /** For a relationship not yet held (the export holds each once). */
  private addRelationship(read: GraphRelationship): void {
    // Half a million relationships at 100k nodes: their ends, types and empty provenance are
    // shared with the nodes and one another rather than held once per relationship (~30 % less).
    const rel: GraphRelationship = {
      ...read,
      from: this.entries.get(read.from)?.node.id ?? read.from,
      type: TYPE_NAMES.get(read.type) ?? read.type,
      to: this.entries.get(read.to)?.node.id ?? read.to,
      provenance: read.provenance.length ? read.provenance : NO_PROVENANCE,
    };
    addEdge(this.outgoing, rel.from, rel);
    addEdge(this.incoming, rel.to, rel);
  }

  private deleteRelationship(rel: GraphRelationship): void {
    removeEdge(this.outgoing, rel.from, rel);
    removeEdge(this.incoming, rel.to, rel);
  }
}

function edgesOf(index: Map<string, Edges>, id: string): Iterable<GraphRelationship> {
  const edges = index.get(id);
  return edges ? edges.values() : NO_EDGES;
}

function addEdge(index: Map<string, Edges>, id: string, rel: GraphRelationship): void {
  const edges = index.get(id);
  if (!edges) index.set(id, [rel]);
  else if (!Array.isArray(edges)) edges.set(edgeKey(rel), rel);
  else if (edges.length < INDEXED_FROM) edges.push(rel);
  else {
    const indexed = new Map(edges.map((r) => [edgeKey(r), r]));
    indexed.set(edgeKey(rel), rel);
    index.set(id, indexed);
  }
}

function removeEdge(index: Map<string, Edges>, id: string, rel: GraphRelationship): void {
  const edges = index.get(id);
  if (!edges) return;
  if (!Array.isArray(edges)) {
    edges.delete(edgeKey(rel));
    return;
  }
  const at = edges.findIndex((r) => r.id === rel.id);
  if (at >= 0) edges.splice(at, 1);
}
