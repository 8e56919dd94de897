// Traceability: from a strategy down through its themes (PART_OF), the projects that deliver them
// (DELIVERS) and the systems those projects need or change (DEPENDS_ON, CHANGES); and from any
// system up to the strategies it serves, through the systems that depend on it. The server's
// neighbourhood walks every direction at once, so this keeps only the walks that go one way.
import type { NodeKind, RelationshipType } from '../generated/graphql.js';
import type { GraphData, GraphEdge, GraphNode } from '../graph/graph-data.js';

export const TRACE_KINDS: readonly NodeKind[] = ['Strategy', 'Theme', 'Project', 'System'];
export const TRACE_TYPES: readonly RelationshipType[] = ['PART_OF', 'DELIVERS', 'DEPENDS_ON', 'CHANGES'];
/** The server's deepest neighbourhood: strategy → theme → project → system → system. */
export const TRACE_DEPTH = 4;

const LEVEL: Partial<Record<NodeKind, number>> = { Strategy: 0, Theme: 1, Project: 2, System: 3 };

/** For a relationship that is one step of the trace: which end serves (upper) and which is used. */
function traceStep(
  edge: GraphEdge,
  nodes: ReadonlyMap<string, GraphNode>,
): { upper: string; lower: string } | null {
  const from = nodes.get(edge.from)?.kind;
  const to = nodes.get(edge.to)?.kind;
  if (!from || !to) return null;
  const pair = `${from} ${edge.type} ${to}`;
  switch (pair) {
    case 'Theme PART_OF Strategy':
    case 'Project DELIVERS Theme':
      return { upper: edge.to, lower: edge.from };
    case 'Project DEPENDS_ON System':
    case 'Project CHANGES System':
    case 'System DEPENDS_ON System':
      return { upper: edge.from, lower: edge.to };
    default:
      return null;
  }
}

function walk(start: string, next: ReadonlyMap<string, string[]>): Set<string> {
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length > 0) {
    for (const id of next.get(queue.shift()!) ?? []) {
      if (!seen.has(id)) {
        seen.add(id);
        queue.push(id);
      }
    }
  }
  return seen;
}

export interface Trace extends GraphData {
  /** Nodes per level, strategy first, for the summary beside the map. */
  readonly levels: ReadonlyMap<NodeKind, number>;
}

export function traceability(graph: GraphData, rootId: string): Trace {
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const down = new Map<string, string[]>();
  const up = new Map<string, string[]>();
  const steps: { edge: GraphEdge; upper: string; lower: string }[] = [];
  for (const edge of graph.edges) {
    const step = traceStep(edge, nodes);
    if (!step) continue;
    steps.push({ edge, ...step });
    down.set(step.upper, [...(down.get(step.upper) ?? []), step.lower]);
    up.set(step.lower, [...(up.get(step.lower) ?? []), step.upper]);
  }
  if (!nodes.has(rootId)) return { nodes: [], edges: [], levels: new Map() };
  const below = walk(rootId, down);
  const above = walk(rootId, up);
  const kept = new Set([...below, ...above]);
  const edges = steps
    .filter((s) => (below.has(s.upper) && below.has(s.lower)) || (above.has(s.upper) && above.has(s.lower)))
    .map((s) => s.edge);
  const keptNodes = graph.nodes.filter((n) => kept.has(n.id));
  const levels = new Map<NodeKind, number>();
  for (const n of keptNodes)
    if (LEVEL[n.kind] !== undefined) levels.set(n.kind, (levels.get(n.kind) ?? 0) + 1);
  return { nodes: keptNodes, edges, levels };
}
