// The graph a view draws, independent of Cytoscape: nodes and relationships, merged from several
// neighbourhoods (the root and every expanded node) and filtered by kind and relationship type.
import type { ImpactState, NodeKind, RelationshipType } from '../generated/graphql.js';

export interface GraphNode {
  readonly id: string;
  readonly kind: NodeKind;
  readonly name: string;
  readonly state?: ImpactState | null;
}

export interface GraphEdge {
  /** The relationship's id, as the server gives it: parallel relationships (same ends and type)
   *  are separate edges. */
  readonly id: string;
  readonly type: RelationshipType;
  readonly from: string;
  readonly to: string;
}

export interface GraphData {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
}

export const EMPTY_GRAPH: GraphData = { nodes: [], edges: [] };

/** The union of several graphs; a node seen twice keeps its first description. */
export function mergeGraphs(graphs: readonly GraphData[]): GraphData {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  for (const graph of graphs) {
    for (const node of graph.nodes) if (!nodes.has(node.id)) nodes.set(node.id, node);
    for (const edge of graph.edges) if (!edges.has(edge.id)) edges.set(edge.id, edge);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

export interface GraphFilter {
  readonly hiddenKinds: readonly NodeKind[];
  readonly hiddenTypes: readonly RelationshipType[];
  /** Nodes that stay whatever the filter says (the root the user asked for). */
  readonly keep?: readonly string[];
}

/** Hides nodes of hidden kinds, relationships of hidden types, and relationships left without an end. */
export function filterGraph(graph: GraphData, filter: GraphFilter): GraphData {
  const kinds = new Set(filter.hiddenKinds);
  const types = new Set(filter.hiddenTypes);
  const keep = new Set(filter.keep ?? []);
  const nodes = graph.nodes.filter((n) => keep.has(n.id) || !kinds.has(n.kind));
  const present = new Set(nodes.map((n) => n.id));
  const edges = graph.edges.filter((e) => !types.has(e.type) && present.has(e.from) && present.has(e.to));
  return { nodes, edges };
}

/** How many relationships each node has in the graph (for the table's "connections" column). */
export function degrees(graph: GraphData): Map<string, number> {
  const degree = new Map<string, number>(graph.nodes.map((n) => [n.id, 0]));
  for (const e of graph.edges) {
    degree.set(e.from, (degree.get(e.from) ?? 0) + 1);
    degree.set(e.to, (degree.get(e.to) ?? 0) + 1);
  }
  return degree;
}

/** Counts per kind, for the legend and the summaries. */
export function countByKind(nodes: readonly GraphNode[]): Map<NodeKind, number> {
  const counts = new Map<NodeKind, number>();
  for (const n of nodes) counts.set(n.kind, (counts.get(n.kind) ?? 0) + 1);
  return counts;
}
