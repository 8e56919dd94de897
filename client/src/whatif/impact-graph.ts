// Pure helpers over a what-if result: the coloured graph to draw, the chain to light up for one
// affected node, and the side list grouped by state (worst first) and kind (strategy first).
import type { ImpactQuery, ImpactState, NodeKind } from '../generated/graphql.js';
import type { GraphData, GraphEdge, GraphNode } from '../graph/graph-data.js';
import { kindLook } from '../graph/kinds.js';
import { AFFECTED_STATES } from '../graph/states.js';

type Report = ImpactQuery['impact'];
export type Affected = Report['affected']['edges'][number]['node'];

/** The affected nodes of a run's first page, in the order the server gives them. */
export const affectedItems = (report: Pick<Report, 'affected'>): Affected[] =>
  report.affected.edges.map((e) => e.node);

/** The affected subgraph as the canvas draws it: nodes with their states, and the relationships
 *  between them (the canvas makes its own Cytoscape elements of it, graph/elements.ts). */
export function impactGraph(graph: Report['graph']): GraphData {
  const nodes: GraphNode[] = graph.nodes.map(({ node, state }) => ({
    id: node.id,
    kind: node.kind,
    name: node.name,
    state,
  }));
  const edges: GraphEdge[] = graph.relationships.map((r) => ({
    id: r.id,
    type: r.type,
    from: r.from,
    to: r.to,
  }));
  return { nodes, edges };
}

/** The nodes and relationships of an explanation chain, as canvas ids. */
export function chainHighlight(item: Pick<Affected, 'explanation'>): { nodes: string[]; edges: string[] } {
  return {
    nodes: item.explanation.map((s) => s.node.id),
    edges: item.explanation.flatMap((s) => (s.relationship ? [s.relationship.id] : [])),
  };
}

export interface AffectedGroup {
  readonly state: ImpactState;
  readonly total: number;
  readonly kinds: readonly { kind: NodeKind; items: readonly Affected[] }[];
}

export function groupAffected(items: readonly Affected[]): AffectedGroup[] {
  return AFFECTED_STATES.flatMap((state) => {
    const inState = items.filter((i) => i.state === state);
    if (inState.length === 0) return [];
    const kinds = [...new Set(inState.map((i) => i.node.kind))]
      .sort((a, b) => kindLook(a).rank - kindLook(b).rank || a.localeCompare(b))
      .map((kind) => ({
        kind,
        items: inState
          .filter((i) => i.node.kind === kind)
          .sort((a, b) => a.node.name.localeCompare(b.node.name)),
      }));
    return [{ state, total: inState.length, kinds }];
  });
}

/** How many nodes are in each state, for the legend and the summary. */
export function stateTotals(counts: Report['counts']): Map<ImpactState, number> {
  const totals = new Map<ImpactState, number>();
  for (const c of counts) totals.set(c.state, (totals.get(c.state) ?? 0) + c.count);
  return totals;
}

/** A scenario id from its name: lower-case words joined by hyphens, as the API requires. */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}
