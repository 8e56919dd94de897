// The whole graph in memory at one graph version: nodes by id, relationships by their ends,
// and nodes in name order for search. Answers the explorer's reads in microseconds where the
// embedded engine needs ~0.3 ms per node whose relationships it reads (DESIGN.md), and is kept
// current by applying the changes each write reports.
import type { Change } from '../../domain/history/change.js';
import {
  RELATIONSHIP_TYPES,
  type GraphNode,
  type GraphRelationship,
  type NodeKind,
  type RelationshipType,
} from '../../domain/metamodel/index.js';
import type { FrontierQuery, GraphRecord, SearchPage, SearchQuery } from '../port.js';
import { TOPOLOGY_FIELDS, compareText, searchTextOf } from '../records.js';
import type { Topology, TopologyEdge, TopologyNode } from '../../domain/impact/projection.js';
import { dayNumber, isLiveOnDay } from '../../domain/time/live.js';
import { decodeSearchCursor, encodeSearchCursor, type SearchCursor } from '../search-cursor.js';

interface Entry {
  readonly node: GraphNode;
  /** `|name|alias|…|`, lower-cased: what the stores' search matches against. */
  readonly search: string;
  readonly sortName: string;
}

/** A node's relationships one way; each relationship is one object, in both of its ends' lists. */
type Edges = GraphRelationship[];

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

  /** Applies one write's changes, in order, and takes its version. */
  apply(changes: readonly Change[], version: number): void {
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

  expandFrontier(query: FrontierQuery): GraphRelationship[] {
    const types = new Set(query.types);
    const found: GraphRelationship[] = [];
    if (query.direction !== 'IN') {
      for (const id of query.ids)
        for (const r of this.outgoing.get(id) ?? []) if (types.has(r.type)) found.push(r);
    }
    if (query.direction !== 'OUT') {
      // Both ways, a relationship between two frontier nodes was already met going out.
      const out = query.direction === 'BOTH' ? new Set(query.ids) : null;
      for (const id of query.ids) {
        for (const r of this.incoming.get(id) ?? [])
          if (types.has(r.type) && !out?.has(r.from)) found.push(r);
      }
    }
    return found;
  }

  /** The stores' search, ranked and paged the same way (see cypher/statements.ts `search`):
   *  exact name or alias first, then word prefixes, then inner matches; by name, then id. */
  search(query: SearchQuery, module: string): SearchPage {
    const text = query.text.trim().toLowerCase() || '|';
    const exact = `|${text}|`;
    const prefix = `|${text}`;
    const kinds: ReadonlySet<NodeKind> | null = query.kinds?.length ? new Set(query.kinds) : null;
    const day = query.asAt ? dayNumber(query.asAt) : null;
    const ranks: Entry[][] = [[], [], []];
    for (const entry of this.inNameOrder()) {
      if ((kinds && !kinds.has(entry.node.kind)) || !entry.search.includes(text)) continue;
      if (day !== null && !isLiveOnDay(entry.node, day)) continue;
      ranks[entry.search.includes(exact) ? 0 : entry.search.includes(prefix) ? 1 : 2]!.push(entry);
    }
    const cursor = query.after ? decodeSearchCursor(query.after, module) : null;
    const page: { rank: number; entry: Entry }[] = [];
    let hasNextPage = false;
    pages: for (const [rank, entries] of ranks.entries()) {
      for (const entry of entries) {
        if (cursor && !isAfter(rank, entry, cursor)) continue;
        if (page.length === query.first) {
          hasNextPage = true;
          break pages;
        }
        page.push({ rank, entry });
      }
    }
    return {
      nodes: page.map(({ entry }) => entry.node),
      cursors: page.map(({ rank, entry }) =>
        encodeSearchCursor({ rank, sortName: entry.sortName, id: entry.node.id }),
      ),
      hasNextPage,
      totalCount: ranks[0]!.length + ranks[1]!.length + ranks[2]!.length,
    };
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
    const edges = ids.flatMap((id) =>
      (this.outgoing.get(id) ?? []).map((r): TopologyEdge => ({
        from: r.from,
        type: r.type,
        to: r.to,
        ...(r.redundancy ? { redundancy: r.redundancy } : {}),
        ...(r.fallback ? { fallback: r.fallback } : {}),
        ...(r.start ? { start: r.start } : {}),
        ...(r.end ? { end: r.end } : {}),
        ...(r.planned !== undefined ? { planned: r.planned } : {}),
      })),
    );
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
    const entry: Entry = { node, search: searchTextOf(node), sortName: node.name.toLowerCase() };
    this.unsort(this.entries.get(node.id));
    this.entries.set(node.id, entry);
    if (this.sorted) this.sorted.splice(this.sortedPosition(entry), 0, entry);
  }

  /** Takes an entry out of the name order, if it is kept. */
  private unsort(entry: Entry | undefined): void {
    if (!entry || !this.sorted) return;
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
    this.unsort(this.entries.get(id));
    this.entries.delete(id);
    // The store detaches a deleted node's relationships; their DELETE changes come first, but a
    // node wiped without them must not leave edges behind.
    for (const rel of [...(this.outgoing.get(id) ?? []), ...(this.incoming.get(id) ?? [])]) {
      this.deleteRelationship(rel);
    }
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
    edgesOf(this.outgoing, rel.from).push(rel);
    edgesOf(this.incoming, rel.to).push(rel);
  }

  private deleteRelationship(rel: GraphRelationship): void {
    const same = (r: GraphRelationship) => r.type === rel.type && r.from === rel.from && r.to === rel.to;
    for (const [index, id] of [
      [this.outgoing, rel.from],
      [this.incoming, rel.to],
    ] as const) {
      const edges = index.get(id);
      const at = edges?.findIndex(same) ?? -1;
      if (at >= 0) edges!.splice(at, 1);
    }
  }
}

function edgesOf(index: Map<string, Edges>, id: string): Edges {
  let edges = index.get(id);
  if (!edges) index.set(id, (edges = []));
  return edges;
}

function isAfter(rank: number, entry: Entry, cursor: SearchCursor): boolean {
  if (rank !== cursor.rank) return rank > cursor.rank;
  return (
    entry.sortName > cursor.sortName || (entry.sortName === cursor.sortName && entry.node.id > cursor.id)
  );
}
