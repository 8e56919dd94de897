// Layout options per choice and size. Force-directed is fcose; above 500 nodes it runs at
// quality 'draft' (at full quality fcose takes seconds at 1,000 nodes). Hierarchical is dagre, which
// the maintainers advise keeping to a few hundred nodes: past that we use breadthfirst, which is
// cheap and still ranks the kinds top-down. Animation only where it is cheap enough to help.
import type { LayoutOptions } from 'cytoscape';

export type LayoutName = 'force' | 'hierarchy' | 'layered';

export const LAYOUT_NAMES: readonly LayoutName[] = ['force', 'hierarchy', 'layered'];

export const LAYOUT_LABELS: Record<LayoutName, string> = {
  force: 'Force-directed',
  hierarchy: 'Hierarchical',
  layered: 'Layered (dependency chains)',
};

export const DRAFT_ABOVE = 500;
export const DAGRE_UP_TO = 600;
const ANIMATE_UP_TO = 150;

export interface LayoutContext {
  readonly nodes: number;
  /** True when some nodes already have positions worth keeping (after an expand). */
  readonly incremental?: boolean;
  /** Hierarchies read top-down, or left to right where ranks are wide (long labels side by side). */
  readonly direction?: 'TB' | 'LR';
}

export function layoutOptions(name: LayoutName, context: LayoutContext): LayoutOptions {
  const animate = context.nodes <= ANIMATE_UP_TO;
  const common = { fit: true, padding: 36, animate, animationDuration: 350 };
  // ELK's positions arrive from a worker (elk-layout.ts); the canvas draws them as a preset.
  if (name === 'layered') return { ...common, name: 'preset', animate: false };
  if (name === 'hierarchy') {
    if (context.nodes > DAGRE_UP_TO) {
      return { ...common, name: 'breadthfirst', directed: true, spacingFactor: 1.1, animate: false };
    }
    return {
      ...common,
      name: 'dagre',
      rankDir: context.direction ?? 'TB',
      ranker: 'network-simplex',
      nodeSep: context.direction === 'LR' ? 6 : 18,
      rankSep: context.direction === 'LR' ? 70 : 90,
      edgeSep: 8,
      nodeDimensionsIncludeLabels: true,
    } as LayoutOptions;
  }
  return {
    ...common,
    name: 'fcose',
    quality: context.nodes > DRAFT_ABOVE ? 'draft' : 'default',
    randomize: !context.incremental,
    packComponents: true,
    nodeDimensionsIncludeLabels: context.nodes <= DRAFT_ABOVE,
    nodeRepulsion: 6000,
    idealEdgeLength: 70,
    nodeSeparation: 70,
    numIter: context.nodes > DRAFT_ABOVE ? 1200 : 2500,
  } as LayoutOptions;
}
