// Shapes shared by the Node driver (draw.bench.ts) and the page (harness.ts); the page receives
// plain JSON through page.evaluate, so only serialisable data crosses.
import type { GraphData } from '../../client/src/graph/graph-data.js';

/** `preset` draws given positions; the other two are the product's layout choices. */
export type BenchLayout = 'preset' | 'force' | 'hierarchy';

export interface Position {
  readonly x: number;
  readonly y: number;
}

export interface DrawRequest {
  readonly graph: GraphData;
  readonly layout: BenchLayout;
  /** Node id → position, only for `preset`. */
  readonly positions?: Record<string, Position>;
  /** Draw with Cytoscape's WebGL renderer (a preview since 3.31); unset = the product's choice, the 2D canvas. */
  readonly webgl?: boolean;
  /** A viewport option set to try (see VIEWPORT_OPTIONS in draw.bench.ts); unset = the product's. */
  readonly viewport?: ViewportTrial;
}

/** Cytoscape's options for drawing while the viewport moves, and a level-of-detail style. */
export interface ViewportTrial {
  readonly hideEdgesOnViewport?: boolean;
  readonly textureOnViewport?: boolean;
  readonly pixelRatio?: number;
  readonly motionBlur?: boolean;
  /** Level of detail: no labels, arrows or borders, haystack edges (what is drawn at a glance). */
  readonly lowDetail?: boolean;
}

/** Milliseconds from the data arriving, split by phase; `total` is data received → drawn. */
export interface DrawTiming {
  readonly convert: number;
  readonly add: number;
  readonly layout: number;
  readonly paint: number;
  readonly total: number;
  /** The layout the product actually ran (hierarchy is dagre or breadthfirst by size). */
  readonly layoutName: string;
  /** The renderer that drew: `webgl` only when a WebGL2 context was actually created. */
  readonly renderer: 'canvas' | 'webgl';
}

export interface PanResult {
  readonly frames: number;
  readonly medianFrameMs: number;
  readonly p95FrameMs: number;
  readonly maxFrameMs: number;
  /** Pan duration divided by Cytoscape's redraws: how often the picture really moves. */
  readonly msPerRender: number;
  /** Main-thread time inside Cytoscape's render call, per redraw (WebGL hands the rest to the GPU process). */
  readonly jsMsPerRender: number;
}

/** A view drawn and laid out (force), then one node expanded as the explorer does it. */
export interface ExpandRequest {
  readonly graph: GraphData;
  /** The view after the expand: the graph plus the expanded node's neighbours. */
  readonly expanded: GraphData;
}

export interface ExpandTiming {
  /** Expanded data received → new nodes placed and drawn (two frames after the layout stops). */
  readonly ms: number;
  readonly added: number;
  /** The furthest an already drawn node moved, in model pixels, as the reader sees it after the expand. */
  readonly movedPx: number;
  /** The same before the product puts kept nodes back exactly (fcose meets its constraint to rounding). */
  readonly driftPx: number;
}

declare global {
  interface Window {
    runDraw(request: DrawRequest): Promise<DrawTiming>;
    runExpand(request: ExpandRequest): Promise<ExpandTiming>;
    runPan(durationMs: number): Promise<PanResult>;
  }
}
