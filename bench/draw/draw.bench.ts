// Drawing benchmark: time from graph data received to drawn, in headless Chromium, for the
// product's canvas setup (stylesheet, layouts, large-graph settings), at 200, 2,000 and 10,000
// elements. Each measurement runs on a fresh page so one run's garbage or caches don't leak into
// the next. Run: npx tsx bench/draw/draw.bench.ts [--runs=5] [--sizes=200,2000,10000]
// `npm run bench` calls runDrawBench() and puts drawSection() into its own report.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { launchChromium } from '../../tests/browser/chromium.js';
import { summarise, type Sample } from '../timing.js';
import { expandGraph, makeGraph, makePositions } from './graph.js';
import type { BenchLayout, DrawTiming, ExpandTiming, PanResult, ViewportTrial } from './types.js';

const HERE = import.meta.dirname;
const LAYOUTS: readonly BenchLayout[] = ['preset', 'force', 'hierarchy'];
/** Only the biggest size is asked "still pannable?" (a target in docs/architecture.md). */
const PAN_AT = 10_000;
const PAN_MS = 2000;
/** The product's renderer choice: GraphCanvas always draws with the 2D canvas renderer. */
const productWebgl = (_elements: number): boolean => false;
/** 30 frames a second: below it panning visibly stutters. */
const PANNABLE_MS = 1000 / 30;

/** Cytoscape's viewport options and a level-of-detail style, one at a time then together (#20). */
export const VIEWPORT_TRIALS: readonly { name: string; options: ViewportTrial }[] = [
  { name: 'product (none)', options: {} },
  { name: 'hideEdgesOnViewport', options: { hideEdgesOnViewport: true } },
  { name: 'textureOnViewport', options: { textureOnViewport: true } },
  { name: 'pixelRatio 1', options: { pixelRatio: 1 } },
  { name: 'motionBlur', options: { motionBlur: true } },
  { name: 'low detail style', options: { lowDetail: true } },
  {
    name: 'all together',
    options: { hideEdgesOnViewport: true, textureOnViewport: true, pixelRatio: 1, lowDetail: true },
  },
];

export interface Row {
  readonly elements: number;
  /** The viewport trial drawn with, for the panning rows; absent = the product's settings. */
  readonly trial?: string;
  readonly nodes: number;
  readonly edges: number;
  readonly layout: BenchLayout;
  readonly layoutName: string;
  /** The renderer that drew (WebGL only if a WebGL2 context was created). */
  readonly renderer: 'canvas' | 'webgl';
  /** Drawn as the product draws; false for `compareWebgl`'s other-renderer row. */
  readonly product: boolean;
  readonly phases: Record<'convert' | 'add' | 'layout' | 'paint' | 'total', Sample>;
  readonly pan: {
    readonly medianFrameMs: Sample;
    readonly p95FrameMs: Sample;
    readonly msPerRender: Sample;
    readonly jsMsPerRender: Sample;
    readonly frames: number;
  } | null;
}

/** Builds the harness page with Vite into a temporary folder (the product's modules bundled in). */
async function buildHarness(): Promise<string> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'draw-bench-'));
  await build({
    configFile: false,
    root: HERE,
    base: './',
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      chunkSizeWarningLimit: 2000,
      rollupOptions: { input: path.join(HERE, 'harness.html') },
    },
  });
  return outDir;
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/** A static server on loopback only, for the built harness. */
async function serve(dir: string): Promise<{ url: string; close(): void }> {
  const server = http.createServer((req, res) => {
    const file = path.join(dir, path.normalize(new URL(req.url ?? '/', 'http://x').pathname));
    if (!file.startsWith(dir) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/harness.html`, close: () => server.close() };
}

/**
 * One row per renderer choice (`undefined` = the product's own); with several, their runs take
 * turns, so a burst of load on the shared machine lands on each alike.
 */
async function measure(
  browser: Browser,
  url: string,
  elements: number,
  layout: BenchLayout,
  runs: number,
  renderers: readonly (boolean | undefined)[] = [undefined],
  shots?: string,
  trial?: { name: string; options: ViewportTrial },
): Promise<Row[]> {
  const graph = makeGraph(elements);
  const positions = layout === 'preset' ? makePositions(graph) : undefined;
  const results = renderers.map(() => ({ timings: [] as DrawTiming[], pans: [] as PanResult[] }));
  for (let run = 0; run < runs; run++) {
    for (const [i, webgl] of renderers.entries()) {
      const { timings, pans } = results[i]!;
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      try {
        await page.goto(url);
        await page.waitForFunction(() => typeof window.runDraw === 'function');
        const request = { graph, layout, positions, webgl, viewport: trial?.options };
        timings.push(await page.evaluate((r) => window.runDraw(r), request));
        if (shots && run === 0) {
          const file = `${elements}-${layout}-${timings[0]!.renderer}.png`;
          await page.screenshot({ path: path.join(shots, file) });
        }
        if (elements >= PAN_AT) pans.push(await page.evaluate((ms) => window.runPan(ms), PAN_MS));
      } finally {
        await page.close();
      }
    }
  }
  return results.map(({ timings, pans }, i) => ({
    ...summariseRow(graph, elements, layout, renderers[i] === undefined && !trial, timings, pans),
    ...(trial ? { trial: trial.name } : {}),
  }));
}

function summariseRow(
  graph: ReturnType<typeof makeGraph>,
  elements: number,
  layout: BenchLayout,
  product: boolean,
  timings: readonly DrawTiming[],
  pans: readonly PanResult[],
): Row {
  const phase = (key: keyof Omit<DrawTiming, 'layoutName' | 'renderer'>) =>
    summarise(timings.map((t) => t[key]));
  const row: Row = {
    elements,
    nodes: graph.nodes.length,
    edges: graph.edges.length,
    layout,
    layoutName: timings[0]!.layoutName,
    renderer: timings[0]!.renderer,
    product,
    phases: {
      convert: phase('convert'),
      add: phase('add'),
      layout: phase('layout'),
      paint: phase('paint'),
      total: phase('total'),
    },
    pan: pans.length
      ? {
          medianFrameMs: summarise(pans.map((p) => p.medianFrameMs)),
          p95FrameMs: summarise(pans.map((p) => p.p95FrameMs)),
          msPerRender: summarise(pans.map((p) => p.msPerRender)),
          jsMsPerRender: summarise(pans.map((p) => p.jsMsPerRender)),
          frames: Math.round(pans.reduce((sum, p) => sum + p.frames, 0) / pans.length),
        }
      : null,
  };
  const t = row.phases.total;
  const pan = row.pan ? `; pan ${row.pan.msPerRender.median} ms per redraw` : '';
  console.log(
    `${elements} ${layout} (${row.layoutName}, ${row.renderer}): total median ${t.median} ms [${t.min}–${t.max}]${pan}`,
  );
  return row;
}

const ms = (s: Sample) => `${s.median} (${s.min}–${s.max})`;

export interface DrawOptions {
  /** Fresh-page runs per size and layout. */
  readonly runs: number;
  /** Elements per graph (1 node : 2 edges). */
  readonly sizes: readonly number[];
  /**
   * Also draw the largest size's preset graph with the other renderer (WebGL against 2D canvas),
   * its runs alternating with the product's.
   */
  readonly compareWebgl?: boolean;
  /** A folder for one screenshot per row (first run, after drawing), to compare the looks. */
  readonly shots?: string;
  /** Also pan the largest preset graph under each of VIEWPORT_TRIALS. */
  readonly viewportTrials?: boolean;
}

export interface ExpandRow {
  readonly nodes: number;
  readonly added: number;
  readonly ms: Sample;
  /** The furthest any drawn node moved, worst run: must be 0. */
  readonly movedPx: number;
  /** How far fcose left them before they were put back, worst run. */
  readonly driftPx: number;
}

export interface DrawReport {
  readonly machine: Record<string, string | number>;
  readonly runs: number;
  readonly rows: readonly Row[];
  readonly expand?: ExpandRow;
}

/** Nodes in the view a node is expanded from (the explorer's neighbourhood limit is 300). */
const EXPAND_VIEW_NODES = 300;
const EXPAND_ADDS = 12;

/** A 300-node view laid out by force, then one node expanded, on a fresh page per run. */
async function measureExpand(browser: Browser, url: string, runs: number): Promise<ExpandRow> {
  const graph = makeGraph(EXPAND_VIEW_NODES * 3);
  const expanded = expandGraph(graph, EXPAND_ADDS);
  const timings: ExpandTiming[] = [];
  for (let run = 0; run < runs; run++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      await page.goto(url);
      await page.waitForFunction(() => typeof window.runExpand === 'function');
      timings.push(await page.evaluate((r) => window.runExpand(r), { graph, expanded }));
    } finally {
      await page.close();
    }
  }
  const row: ExpandRow = {
    nodes: graph.nodes.length,
    added: timings[0]!.added,
    ms: summarise(timings.map((t) => t.ms)),
    movedPx: Math.max(...timings.map((t) => t.movedPx)),
    driftPx: Math.max(...timings.map((t) => t.driftPx)),
  };
  console.log(
    `expand in a ${row.nodes}-node view (+${row.added}): median ${row.ms.median} ms; drawn nodes moved ${row.movedPx} px`,
  );
  return row;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** The table and the drawing targets of docs/architecture.md, without a title: for this file's report and `npm run bench`'s. */
export function drawSection({ rows, runs, expand }: DrawReport): string {
  const find = (elements: number, layout: BenchLayout) =>
    rows.find((r) => r.product && r.elements === elements && r.layout === layout);
  const verdict = (s: Sample | undefined, limit: number) =>
    s ? `${s.median} ms: ${s.median < limit ? 'met' : 'missed'}` : 'not run';
  const pans = rows.filter((r) => r.product && r.pan);
  // Judged on redraws, not rAF gaps: a view that skips most redraws only looks smooth in the gaps.
  const worstPan = pans.length ? Math.max(...pans.map((r) => r.pan!.msPerRender.median)) : null;
  return [
    `Milliseconds, median (min–max) of ${runs} runs, each on a fresh page. Total = data received → drawn ` +
      '(stylesheet + toElements, cy.add in a batch, layout to `layoutstop`, two animation frames). ' +
      `Pan (${PAN_AT.toLocaleString('en-GB')} elements only): rAF gaps over 2 s of panBy/zoom on every frame; ` +
      '"ms per redraw" = 2 s / the renderer\'s redraw count, since Cytoscape skips redraws when they are slow; ' +
      '"main-thread ms" = time inside its render call per redraw.',
    '',
    '| elements | nodes | edges | layout (run) | renderer | convert | add | layout | paint | **total** | pan frame median | pan frame p95 | pan ms per redraw | pan main-thread ms per redraw |',
    '|---:|---:|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map((r) =>
      [
        '',
        r.elements,
        r.nodes,
        r.edges,
        `${r.layout} (${r.layoutName})`,
        r.trial
          ? `${r.renderer}, ${r.trial}`
          : r.product
            ? r.renderer
            : `${r.renderer} (comparison, not the product's)`,
        ms(r.phases.convert),
        ms(r.phases.add),
        ms(r.phases.layout),
        ms(r.phases.paint),
        `**${ms(r.phases.total)}**`,
        r.pan ? ms(r.pan.medianFrameMs) : '',
        r.pan ? ms(r.pan.p95FrameMs) : '',
        r.pan ? ms(r.pan.msPerRender) : '',
        r.pan ? ms(r.pan.jsMsPerRender) : '',
        '',
      ]
        .join(' | ')
        .trim(),
    ),
    '',
    ...(expand
      ? [
          `Expand: one node of a ${expand.nodes}-node force-laid view expanded (+${expand.added} neighbours), ` +
            'as the explorer does it (synced in beside the parent, incremental fcose with every drawn node fixed, ' +
            `then put back exactly): **${ms(expand.ms)} ms**; drawn nodes moved **${round1(expand.movedPx)} px** ` +
            `(must be 0: ${expand.movedPx === 0 ? 'met' : 'missed'}; fcose left them within ${round1(expand.driftPx)} px before they were put back).`,
          '',
        ]
      : []),
    'Targets (docs/architecture.md):',
    `- 2,000 elements with positions drawn < 1 s: ${verdict(find(2000, 'preset')?.phases.total, 1000)}`,
    `- 2,000 elements laid out (force, draft) < 2 s: ${verdict(find(2000, 'force')?.phases.total, 2000)}`,
    `- 10,000 elements still pannable (≤ ${PANNABLE_MS.toFixed(1)} ms per redraw, 30 fps): ` +
      (worstPan === null
        ? 'not run'
        : `worst median ${worstPan} ms: ${worstPan <= PANNABLE_MS ? 'met' : 'missed'}`),
    '',
  ].join('\n');
}

function markdown(report: DrawReport): string {
  const { machine } = report;
  return [
    '# Drawing benchmark',
    '',
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB; Chromium ${machine.chromium} ` +
      `(headless, software rendering); Node ${machine.node}; load average ${machine.loadAverage} at start, ${machine.loadAverageEnd} at end; ` +
      `${machine.date}.`,
    '',
    drawSection(report),
  ].join('\n');
}

const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

/** Builds the harness, starts Chromium, and measures every size and layout. */
export async function runDrawBench({
  runs,
  sizes,
  compareWebgl = false,
  shots,
  viewportTrials = false,
}: DrawOptions): Promise<DrawReport> {
  const dir = await buildHarness();
  const server = await serve(dir);
  try {
    const browser = await launchChromium();
    try {
      const machine: Record<string, string | number> = {
        cpu: os.cpus()[0]?.model ?? 'unknown',
        cores: os.cpus().length,
        memoryGb: Math.round(os.totalmem() / 2 ** 30),
        chromium: browser.version(),
        node: process.version,
        loadAverage: loadAverage(),
        date: new Date().toISOString(),
      };
      const rows: Row[] = [];
      for (const elements of sizes) {
        for (const layout of LAYOUTS) {
          // The product's choice first; with compareWebgl the biggest preset view also the other way.
          const other = compareWebgl && elements === Math.max(...sizes) && layout === 'preset';
          const renderers = other ? [undefined, !productWebgl(elements)] : [undefined];
          rows.push(...(await measure(browser, server.url, elements, layout, runs, renderers, shots)));
        }
      }
      if (viewportTrials) {
        const largest = Math.max(...sizes);
        for (const trial of VIEWPORT_TRIALS) {
          rows.push(
            ...(await measure(browser, server.url, largest, 'preset', runs, [undefined], shots, trial)),
          );
        }
      }
      const expand = await measureExpand(browser, server.url, runs);
      // A load average well above the start's means something else ran too: rerun before comparing.
      machine.loadAverageEnd = loadAverage();
      return { machine, runs, rows, expand };
    } finally {
      await browser.close();
    }
  } finally {
    server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const report = await runDrawBench({
    runs: Number(arg('runs') ?? 5),
    sizes: (arg('sizes') ?? '200,2000,10000').split(',').map(Number),
    compareWebgl: process.argv.includes('--compare-webgl'),
    viewportTrials: process.argv.includes('--viewport-trials'),
    shots: arg('shots'),
  });
  fs.writeFileSync(path.join(HERE, 'results.json'), JSON.stringify(report, null, 2) + '\n');
  fs.writeFileSync(path.join(HERE, 'results.md'), markdown(report));
  console.log(`wrote ${path.relative(process.cwd(), path.join(HERE, 'results.md'))} and results.json`);
}

// Run as a script, not when `npm run bench` imports runDrawBench.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
