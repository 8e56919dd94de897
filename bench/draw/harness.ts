// The page side of the drawing benchmark. It imports the product's own Cytoscape setup, element
// conversion, stylesheet and layout options, and does what GraphCanvas does when a graph
// arrives, with performance.now() between the phases. React is left out: its cost is not the
// drawing's, and the canvas's effects reduce to these calls for a fresh graph.
import type { Core, LayoutOptions } from 'cytoscape';
import { cytoscape } from '../../client/src/graph/cytoscape.js';
import { toElements } from '../../client/src/graph/elements.js';
import { layoutOptions } from '../../client/src/graph/layouts.js';
import { graphScale, graphStylesheet } from '../../client/src/graph/stylesheet.js';
import { syncElements } from '../../client/src/graph/sync-elements.js';
import { withSeededRandom } from '../../client/src/graph/seeded-random.js';
import type { DrawRequest, DrawTiming, ExpandRequest, ExpandTiming, PanResult } from './types.js';

// GraphCanvas keeps these private; the same values, so fit and zoom clamp as in the product.
const MIN_ZOOM = 0.05;
const MAX_ZOOM = 4;
const FIT_MAX_ZOOM = 1.25;

const container = document.getElementById('cy')!;
let cy: Core | null = null;

/** The renderer's own counters (not in Cytoscape's types): every redraw its loop makes, and their time. */
interface RendererInternals {
  readonly webgl?: boolean;
  readonly redrawCount?: number;
  readonly redrawTotalTime?: number;
  readonly data: { readonly contexts: readonly unknown[] };
}
const internals = (core: Core) => (core as unknown as { renderer(): RendererInternals }).renderer();

/** Resolves after `n` animation frames; two frames after a change means it has been painted. */
function frames(n: number): Promise<number> {
  return new Promise((resolve) => {
    const step = (t: number) => (--n <= 0 ? resolve(t) : requestAnimationFrame(step));
    requestAnimationFrame(step);
  });
}

window.runDraw = async ({
  graph,
  layout,
  positions,
  webgl = false,
  viewport = {},
}: DrawRequest): Promise<DrawTiming> => {
  const { lowDetail, ...viewportOptions } = viewport;
  cy?.destroy();
  // The instance exists before data arrives in the product (created on mount), so not timed.
  const core = cytoscape({
    container,
    minZoom: MIN_ZOOM,
    maxZoom: MAX_ZOOM,
    boxSelectionEnabled: false,
    selectionType: 'single',
    // Cytoscape's defaults for the atlas and batch sizes (webglTexSize 2048, webglBatchSize 2048).
    webgl,
    ...viewportOptions,
  });
  cy = core;
  const r = internals(core);
  const drewWithWebgl = !!r.webgl && r.data.contexts.some((c) => c instanceof WebGL2RenderingContext);
  await frames(2);

  const start = performance.now();
  const sheet = graphStylesheet(graphScale(graph.nodes.length, graph.edges.length), 'kind');
  core.style(
    lowDetail
      ? [
          ...sheet,
          { selector: 'node', style: { label: '', 'border-width': 0 } },
          { selector: 'edge', style: { 'curve-style': 'haystack', 'target-arrow-shape': 'none', width: 1 } },
        ]
      : sheet,
  );
  const elements = toElements(graph);
  if (positions) {
    for (const e of elements) if (e.group === 'nodes') e.position = positions[String(e.data.id)];
  }
  const converted = performance.now();
  core.batch(() => {
    core.add(elements);
  });
  const added = performance.now();

  const options: LayoutOptions =
    layout === 'preset'
      ? { name: 'preset', fit: true, padding: 36 }
      : layoutOptions(layout, { nodes: core.nodes().length });
  core.maxZoom(FIT_MAX_ZOOM);
  await new Promise<void>((resolve) => {
    const running = core.layout(options);
    running.one('layoutstop', () => resolve());
    running.run();
  });
  core.maxZoom(MAX_ZOOM);
  const laidOut = performance.now();
  await frames(2);
  const drawn = performance.now();

  return {
    convert: converted - start,
    add: added - converted,
    layout: laidOut - added,
    paint: drawn - laidOut,
    total: drawn - start,
    layoutName: options.name,
    renderer: drewWithWebgl ? 'webgl' : 'canvas',
  };
};

/**
 * Pans (and zooms in, then out) on every frame for `durationMs`, recording the time between
 * frames. Cytoscape redraws in its own animation frame callback, so a slow redraw shows up as
 * a long gap between our frames. It also skips redraws when they are slow, so the median gap
 * alone flatters it: the count of its redraws gives the time per picture actually drawn. They are
 * read from the renderer's own counter, since the WebGL renderer emits no 'render' events.
 */
window.runPan = async (durationMs: number): Promise<PanResult> => {
  const core = cy;
  if (!core) throw new Error('runPan before runDraw');
  const centre = { x: core.width() / 2, y: core.height() / 2 };
  const gaps: number[] = [];
  let last = await frames(1);
  const began = last;
  let frame = 0;
  const r = internals(core);
  const redraws = { count: r.redrawCount ?? 0, ms: r.redrawTotalTime ?? 0 };
  await new Promise<void>((resolve) => {
    const tick = (now: number) => {
      gaps.push(now - last);
      last = now;
      frame++;
      core.panBy({ x: 14 * Math.cos(frame / 12), y: 14 * Math.sin(frame / 12) });
      if (frame % 15 === 0) {
        const factor = now - began < durationMs / 2 ? 1.2 : 1 / 1.2;
        core.zoom({ level: core.zoom() * factor, renderedPosition: centre });
      }
      if (now - began < durationMs) requestAnimationFrame(tick);
      else resolve();
    };
    requestAnimationFrame(tick);
  });
  const renders = (r.redrawCount ?? 0) - redraws.count;
  const renderMs = (r.redrawTotalTime ?? 0) - redraws.ms;
  const elapsed = last - began;
  const sorted = [...gaps].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return {
    frames: gaps.length,
    medianFrameMs: at(0.5),
    p95FrameMs: at(0.95),
    maxFrameMs: at(1),
    msPerRender: renders ? elapsed / renders : elapsed,
    jsMsPerRender: renders ? renderMs / renders : 0,
  };
};

function runLayout(core: Core, options: LayoutOptions, seed: string): Promise<void> {
  return new Promise<void>((resolve) => {
    const running = core.layout(options);
    running.one('layoutstop', () => resolve());
    withSeededRandom(seed, () => running.run());
  });
}

/**
 * What GraphCanvas does on an expand: the new elements synced in beside their neighbours, an
 * incremental force layout with every drawn node fixed where it was, then those nodes put back
 * exactly. Reports the time and how far any drawn node moved.
 */
window.runExpand = async ({ graph, expanded }: ExpandRequest): Promise<ExpandTiming> => {
  cy?.destroy();
  const core = cytoscape({ container, minZoom: MIN_ZOOM, maxZoom: MAX_ZOOM, boxSelectionEnabled: false });
  cy = core;
  core.style(graphStylesheet(graphScale(graph.nodes.length, graph.edges.length), 'kind'));
  syncElements(core, toElements(graph));
  const base = { ...layoutOptions('force', { nodes: core.nodes().length }), animate: false };
  await runLayout(core, base as LayoutOptions, 'base');
  await frames(2);
  const before = new Map(core.nodes().map((n) => [n.id(), { ...n.position() }]));

  const start = performance.now();
  const sync = syncElements(core, toElements(expanded));
  const kept = [...before].map(([nodeId, position]) => ({ nodeId, position }));
  const options = {
    ...layoutOptions('force', { nodes: core.nodes().length, incremental: sync.incremental }),
    fixedNodeConstraint: kept,
    nodeDimensionsIncludeLabels: false,
    animate: false,
  };
  await runLayout(core, options as unknown as LayoutOptions, 'expand');
  const moved = () =>
    Math.max(
      0,
      ...kept.map(({ nodeId, position }) => {
        const now = core.getElementById(nodeId).position();
        return Math.hypot(now.x - position.x, now.y - position.y);
      }),
    );
  const driftPx = moved();
  core.batch(() => kept.forEach((k) => core.getElementById(k.nodeId).position(k.position)));
  await frames(2);
  return { ms: performance.now() - start, added: sync.addedNodes.length, movedPx: moved(), driftPx };
};
