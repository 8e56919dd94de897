// Layered (hierarchical) positions from ELK, computed in a web worker so the page stays
// responsive while a dependency chain of hundreds of nodes is laid out. ELK's layered algorithm
// puts each relationship's ends on successive layers, so chains read top-down (or left to right)
// instead of collapsing into a line; the canvas then draws the positions as a preset layout.
// A CommonJS module: the constructor is the module itself and also its `default` (TypeScript sees only the latter).
import ElkApi, { type ELK, type ElkNode } from 'elkjs/lib/elk-api.js';
import elkWorkerUrl from 'elkjs/lib/elk-worker.min.js?url';

export interface LayeredInput {
  readonly nodes: readonly { id: string; width: number; height: number }[];
  readonly edges: readonly { id: string; source: string; target: string }[];
  readonly direction: 'TB' | 'LR';
}

let elk: ELK | null = null;

/** Node id → centre position. Rejects with a message naming ELK when the layout fails. */
export async function layeredPositions(input: LayeredInput): Promise<Map<string, { x: number; y: number }>> {
  // One worker for the page's lifetime: starting ELK (a large script) costs more than a layout.
  const worker = (elk ??= new ElkApi.default({ workerFactory: () => new Worker(elkWorkerUrl) }));
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': input.direction === 'LR' ? 'RIGHT' : 'DOWN',
      'elk.layered.spacing.nodeNodeBetweenLayers': input.direction === 'LR' ? '90' : '70',
      'elk.spacing.nodeNode': input.direction === 'LR' ? '14' : '36',
      'elk.spacing.componentComponent': '60',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
      'elk.edgeRouting': 'POLYLINE',
    },
    children: input.nodes.map((n) => ({ id: n.id, width: n.width, height: n.height })),
    edges: input.edges.map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] })),
  };
  let laid: ElkNode;
  try {
    laid = await worker.layout(graph);
  } catch (error) {
    throw new Error(`[client/elk-layout] the layered layout failed: ${String(error)}`, { cause: error });
  }
  return new Map(
    (laid.children ?? []).map((c) => [
      c.id,
      { x: (c.x ?? 0) + (c.width ?? 0) / 2, y: (c.y ?? 0) + (c.height ?? 0) / 2 },
    ]),
  );
}
