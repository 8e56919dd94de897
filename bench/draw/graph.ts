// Seeded synthetic graphs for the drawing benchmark: every node kind (so the product's stylesheet
// styles each one), about two relationships per node, and ids in the server's canonical form.
// Half the edge ends are picked by preferential attachment, so some nodes become hubs as in real
// architectures; a spanning tree first keeps the graph connected like a neighbourhood view.
import type { NodeKind, RelationshipType } from '../../client/src/generated/graphql.js';
import type { GraphData, GraphEdge, GraphNode } from '../../client/src/graph/graph-data.js';
import { RELATIONSHIP_TYPES } from '../../client/src/graph/kinds.js';
import { seededRandom } from '../../client/src/graph/seeded-random.js';
import type { Position } from './types.js';

/** Share of nodes per kind, roughly as in the seeded Kent data: many systems, few strategies. */
const KIND_SHARE: readonly (readonly [NodeKind, number, string])[] = [
  ['Strategy', 0.01, 'str'],
  ['Theme', 0.03, 'thm'],
  ['Project', 0.1, 'prj'],
  ['System', 0.45, 's'],
  ['Contract', 0.15, 'con'],
  ['Partner', 0.1, 'par'],
  ['Site', 0.16, 'site'],
];

/** A graph of about `elements` nodes + edges, one node to two edges. */
export function makeGraph(elements: number, seed = 42): GraphData {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const nodeCount = Math.round(elements / 3);
  const edgeCount = elements - nodeCount;
  const nodes: GraphNode[] = [];
  for (const [kind, share, prefix] of KIND_SHARE) {
    const count = Math.max(1, Math.round(share * nodeCount));
    for (let i = 1; i <= count && nodes.length < nodeCount; i++) {
      nodes.push({ id: `${kind.toLowerCase()}:${prefix}-${i}`, kind, name: `${kind} ${prefix}-${i}` });
    }
  }
  // Shuffle so the spanning tree links kinds in a mixed order, not strategies to strategies.
  for (let i = nodes.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [nodes[i], nodes[j]] = [nodes[j]!, nodes[i]!];
  }
  const edges: GraphEdge[] = [];
  const seen = new Set<string>();
  const ends: string[] = [];
  const link = (from: string, to: string): void => {
    const type: RelationshipType = pick(RELATIONSHIP_TYPES);
    const key = from < to ? `${from}|${to}` : `${to}|${from}`;
    if (from === to || seen.has(key)) return;
    seen.add(key);
    // A drawn graph's edges need distinct ids; it has at most one per ends and type.
    edges.push({ id: `${from}|${type}|${to}`, type, from, to });
    ends.push(from, to);
  };
  for (let i = 1; i < nodes.length; i++) link(nodes[i]!.id, nodes[Math.floor(random() * i)]!.id);
  while (edges.length < edgeCount) {
    const to = random() < 0.5 && ends.length > 0 ? pick(ends) : pick(nodes).id;
    link(pick(nodes).id, to);
  }
  return { nodes, edges };
}

/** Positions as a server-side cache would hand them over: spread about 60 px apart. */
export function makePositions(graph: GraphData, seed = 7): Record<string, Position> {
  const random = seededRandom(seed);
  const side = Math.sqrt(graph.nodes.length) * 60;
  return Object.fromEntries(graph.nodes.map((n) => [n.id, { x: random() * side, y: random() * side }]));
}

/**
 * The view after expanding its best-connected node: `adds` new neighbours of it, each also linked
 * to one node already drawn, as a real neighbourhood overlaps the view it joins.
 */
export function expandGraph(graph: GraphData, adds: number, seed = 11): GraphData {
  const random = seededRandom(seed);
  const degree = new Map<string, number>();
  for (const e of graph.edges) for (const id of [e.from, e.to]) degree.set(id, (degree.get(id) ?? 0) + 1);
  const parent = [...degree].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  for (let i = 1; i <= adds; i++) {
    const node: GraphNode = { id: `system:expanded-${i}`, kind: 'System', name: `Expanded ${i}` };
    nodes.push(node);
    edges.push({ id: `${node.id}|DEPENDS_ON|${parent}`, type: 'DEPENDS_ON', from: node.id, to: parent });
    const other = graph.nodes[Math.floor(random() * graph.nodes.length)]!.id;
    if (other !== parent)
      edges.push({ id: `${node.id}|HOSTED_AT|${other}`, type: 'HOSTED_AT', from: node.id, to: other });
  }
  return { nodes: [...graph.nodes, ...nodes], edges: [...graph.edges, ...edges] };
}
