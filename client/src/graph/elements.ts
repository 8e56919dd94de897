// Turns a GraphData into Cytoscape elements. Relationships are drawn from the higher-ranked kind
// to the lower (strategy above theme above project above system), so a hierarchical layout puts
// strategies on top whatever way the relationship reads; a flipped edge draws its arrow at its
// source end, so the arrow still points the way the relationship reads.
import type { ElementDefinition } from 'cytoscape';
import type { GraphData, GraphEdge, GraphNode } from './graph-data.js';
import { kindLook, typeLabel } from './kinds.js';

export interface ElementOptions {
  /** Extra classes per node id (root, event, expanded…). */
  readonly nodeClasses?: (node: GraphNode) => readonly string[];
}

/** True when the edge must be drawn target-to-source to keep the top-down order of kinds. */
export function drawnFlipped(edge: GraphEdge, kinds: ReadonlyMap<string, GraphNode>): boolean {
  const from = kinds.get(edge.from);
  const to = kinds.get(edge.to);
  if (!from || !to) return false;
  return kindLook(from.kind).rank > kindLook(to.kind).rank;
}

export function toElements(graph: GraphData, options: ElementOptions = {}): ElementDefinition[] {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const nodes: ElementDefinition[] = graph.nodes.map((n) => ({
    group: 'nodes',
    data: { id: n.id, kind: n.kind, label: n.name, ...(n.state ? { state: n.state } : {}) },
    classes: [...(options.nodeClasses?.(n) ?? [])].join(' '),
  }));
  const edges: ElementDefinition[] = graph.edges
    .filter((e) => byId.has(e.from) && byId.has(e.to))
    .map((e) => {
      const flipped = drawnFlipped(e, byId);
      return {
        group: 'edges',
        data: {
          id: e.id,
          type: e.type,
          label: typeLabel(e.type),
          from: e.from,
          to: e.to,
          source: flipped ? e.to : e.from,
          target: flipped ? e.from : e.to,
        },
        classes: flipped ? 'flipped' : '',
      };
    });
  return [...nodes, ...edges];
}
