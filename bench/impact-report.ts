// What `npm run bench` reports: the figures of one size, the machine it ran on, the markdown
// tables, and the targets of issue #8 and of docs/architecture.md judged from the figures of the largest size.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ConcurrentClientsResult, Latency } from './concurrent-clients.js';
import { drawSection, type DrawReport } from './draw/draw.bench.js';
import type { CopyResult } from './raw-copy.js';
import type { ProcessMemory } from './server-process.js';
import type { LoadResult, ReadTiming } from './store-load.js';
import { fmtMiB, fmtMs, fmtRate, round, sizeLabel, type Sample } from './timing.js';

const ROOT = path.resolve(import.meta.dirname, '..');

export interface SizeResult {
  readonly nodes: number;
  readonly relationships: number;
  readonly impactEdges: number;
  readonly generateMs: number;
  readonly hub: { readonly id: string; readonly directDependants: number };
  readonly floor: Sample & { readonly reached: number };
  readonly projectionBuild: Sample;
  readonly domainImpact: Sample & { readonly affected: number };
  /** The same run as at a day (lifecycles compared in the propagation). */
  readonly domainImpactAsAt: Sample & { readonly asAt: string };
  readonly domainBreakdown: { readonly propagate: Sample; readonly explainAll: Sample };
  /** The store under the server and the load: the embedded one, or Neo4j (`--store=neo4j`). */
  readonly store: 'ladybug' | 'neo4j';
  readonly load: LoadResult;
  /** On a Neo4j run, the embedded load of the same graph in the same run, for comparison. */
  readonly embeddedLoad?: LoadResult;
  /** On a Neo4j run, the plain-Cypher what-if (bench/plain-cypher.ts) beside ours. */
  readonly plainCypherImpact?: Sample & { readonly reached: number; readonly statement: string };
  readonly loadNote?: string;
  readonly rawCopy: CopyResult;
  readonly exportTopologyMs: number;
  readonly exportTopologyReads: readonly ReadTiming[];
  /** The server child process: start-up, and its memory idle and after the whole workload. */
  readonly server: {
    readonly startMs: number;
    readonly idle: ProcessMemory;
    readonly afterWorkload: ProcessMemory;
  };
  /** One client, one request at a time, against the server child process. */
  readonly graphql: {
    readonly firstCallMs: number;
    readonly impact: Sample & { readonly totalAffected: number };
    /** A different event each run (the hub out for 1, 2, 3… hours): no help from the report cache. */
    readonly impactUncached: Sample;
    readonly neighbourhood: Sample & {
      readonly id: string;
      readonly nodes: number;
      readonly pooled?: number;
      readonly onEventLoop?: number;
    };
    readonly neighbourhoodHub: Sample & { readonly nodes: number };
    readonly search: Sample & { readonly text: string; readonly totalCount: number };
  };
  readonly concurrent: ConcurrentClientsResult;
  readonly ratios: {
    readonly domainOverFloor: number;
    readonly graphqlOverFloor: number;
    /** Domain impact as at a day over the same run without as-at. */
    readonly asAtOverPlain: number;
  };
}

/** The drawing figures, or why there are none. */
export type DrawOutcome = DrawReport | { readonly notMeasured: string };

export type Machine = ReturnType<typeof machine>;

export function machine() {
  const cpus = os.cpus();
  const ladybug = JSON.parse(
    fs.readFileSync(path.join(ROOT, 'node_modules', '@ladybugdb', 'core', 'package.json'), 'utf8'),
  ) as { version: string };
  const git = (args: string) => {
    try {
      return execSync(`git ${args}`, { cwd: ROOT, encoding: 'utf8' }).trim();
    } catch {
      return '';
    }
  };
  const dirty = git('status --porcelain -- server') !== '';
  return {
    commit: `${git('rev-parse --short HEAD') || 'unknown'}${dirty ? ' (with uncommitted changes in server/)' : ''}`,
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: round(os.totalmem() / 2 ** 30, 1),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    ladybugdb: ladybug.version,
    loadAverageAtStart: os.loadavg().map((x) => round(x)),
  };
}

const count = (n: number) => n.toLocaleString('en-GB');
const mp = (s: Sample) => `${fmtMs(s.median)} (p95 ${fmtMs(s.p95)})`;
const percentiles = (l: Latency | null) =>
  l ? `${fmtMs(l.p50)} / ${fmtMs(l.p95)} / ${fmtMs(l.p99)}` : 'none answered';
const loadShareOfCopy = (r: SizeResult) => (100 * r.load.elementsPerSecond) / r.rawCopy.elementsPerSecond;

function table(results: readonly SizeResult[]): string {
  const head = `| | ${results.map((r) => `${sizeLabel(r.nodes)} nodes`).join(' | ')} |`;
  const rule = `| --- | ${results.map(() => '---:').join(' | ')} |`;
  const row = (label: string, cell: (r: SizeResult) => string) =>
    `| ${label} | ${results.map(cell).join(' | ')} |`;
  const clients = results[0]!.concurrent;
  return [
    head,
    rule,
    row('relationships (impact-bearing)', (r) => `${count(r.relationships)} (${count(r.impactEdges)})`),
    row('hub: id, direct dependants', (r) => `${r.hub.id}, ${count(r.hub.directDependants)}`),
    row('floor: BFS over arrays from the hub', (r) => `${mp(r.floor)}, ${count(r.floor.reached)} reached`),
    row(
      '**domain impact** `analyseImpact` (prebuilt projection)',
      (r) => `**${mp(r.domainImpact)}**, ${count(r.domainImpact.affected)} affected`,
    ),
    row('  of which `propagate` (incl. down hours)', (r) => mp(r.domainBreakdown.propagate)),
    row('  of which `explain` for every affected node', (r) => mp(r.domainBreakdown.explainAll)),
    row('**domain impact / floor**', (r) => `**${r.ratios.domainOverFloor}×**`),
    row(
      'domain impact as at a day (lifecycles filtered)',
      (r) => `${mp(r.domainImpactAsAt)} (as at ${r.domainImpactAsAt.asAt})`,
    ),
    row('**as-at impact / impact without as-at**', (r) => `**${r.ratios.asAtOverPlain}×**`),
    row('projection build from topology', (r) => mp(r.projectionBuild)),
    row(
      '**load: `applyBatch`**',
      (r) =>
        `**${fmtRate(r.load.elementsPerSecond)}** (${r.store}, ${fmtMs(r.load.ms)}, ${r.load.mode}${r.load.batches > 1 ? `, ${r.load.batches} batches` : ''})`,
    ),
    row('load: `applyBatch` into the embedded store, same run', (r) =>
      r.embeddedLoad ? `${fmtRate(r.embeddedLoad.elementsPerSecond)} (${fmtMs(r.embeddedLoad.ms)})` : '—',
    ),
    row('plain-Cypher what-if on Neo4j (`bench/plain-cypher.ts`)', (r) =>
      r.plainCypherImpact ? `${mp(r.plainCypherImpact)}, ${count(r.plainCypherImpact.reached)} reached` : '—',
    ),
    row(
      'raw `COPY FROM` csv, same schema',
      (r) =>
        `${fmtRate(r.rawCopy.elementsPerSecond)} (${fmtMs(r.rawCopy.copyMs)}; csv ${fmtMs(r.rawCopy.csvMs)})`,
    ),
    row('load / raw COPY', (r) => `${loadShareOfCopy(r).toFixed(1)} %`),
    row('`exportTopology` from the store', (r) => {
      const top = r.exportTopologyReads[0];
      return top
        ? `${fmtMs(r.exportTopologyMs)} (${top.label}: ${fmtMs(top.ms)} for ${count(top.rowsOut)} rows, ${top.calls} calls)`
        : fmtMs(r.exportTopologyMs);
    }),
    row('server start → ready (opens the store, builds the projection)', (r) => fmtMs(r.server.startMs)),
    row('GraphQL impact: first call', (r) => fmtMs(r.graphql.firstCallMs)),
    row(
      '**GraphQL impact** (counts + first 50 with explanations), uncached: a new outage length each run',
      (r) => `**${mp(r.graphql.impactUncached)}**`,
    ),
    row('GraphQL impact, the same query again (report cache hit)', (r) => mp(r.graphql.impact)),
    row('**GraphQL impact (uncached) / floor**', (r) => `**${r.ratios.graphqlOverFloor}×**`),
    row(
      'GraphQL neighbourhood depth 2, limit 300: typical system',
      (r) =>
        `${mp(r.graphql.neighbourhood)}, ${r.graphql.neighbourhood.nodes} nodes` +
        (r.graphql.neighbourhood.pooled === undefined
          ? ''
          : `; ${r.graphql.neighbourhood.pooled} walked in the pool, ${r.graphql.neighbourhood.onEventLoop} on the event loop`),
    ),
    row(
      'GraphQL neighbourhood depth 2, limit 300: the hub',
      (r) => `${mp(r.graphql.neighbourhoodHub)}, ${r.graphql.neighbourhoodHub.nodes} nodes`,
    ),
    row(
      `GraphQL search "${results[0]!.graphql.search.text}", first 20`,
      (r) => `${mp(r.graphql.search)}, ${r.graphql.search.totalCount} found`,
    ),
    row(
      `**${clients.connections} clients for ${clients.seconds} s** (${clients.mix}): requests/s`,
      (r) => `**${r.concurrent.requestsPerSecond}** (${count(r.concurrent.requests)} requests)`,
    ),
    row('  latency p50 / p95 / p99', (r) => percentiles(r.concurrent.latencyMs)),
    ...Object.keys(clients.byKind).map((kind) =>
      row(`  ${kind}: requests, p50 / p95 / p99`, (r) => {
        const k = r.concurrent.byKind[kind];
        return k ? `${count(k.requests)}, ${percentiles(k.latencyMs)}` : '–';
      }),
    ),
    row('  errors (connection, timeouts, non-2xx, GraphQL)', (r) => {
      const e = r.concurrent.errors;
      return `${e.total} (${e.connection}, ${e.timeouts}, ${e.non2xx}, ${e.graphql})`;
    }),
    row('server RSS idle after start (VmRSS)', (r) => fmtMiB(r.server.idle.rssBytes)),
    row(
      '**server peak RSS** after the workload (VmHWM)',
      (r) =>
        `**${fmtMiB(r.server.afterWorkload.peakRssBytes)}** (RSS then ${fmtMiB(r.server.afterWorkload.rssBytes)})`,
    ),
  ].join('\n');
}

function loadBreakdown(results: readonly SizeResult[]): string {
  return results
    .map((r) => {
      const lines = r.load.statements
        .slice(0, 8)
        .map((s) => `| ${s.label} | ${s.calls} | ${count(s.rows)} | ${fmtMs(s.ms)} |`);
      return [
        `**${sizeLabel(r.nodes)} nodes** (${r.load.mode}${r.loadNote ? `: ${r.loadNote}` : ''}): JavaScript inside the transaction, outside statements ${fmtMs(r.load.jsInTransactionMs)}; BEGIN/COMMIT ${fmtMs(r.load.beginCommitMs)}${r.store === 'neo4j' ? '' : ' (LadybugDB: an insert is timed to its file written and its COPY queued; the COPYs still running are waited for by the COMMIT)'}`,
        '',
        '| statement | calls | rows in | time |',
        '| --- | ---: | ---: | ---: |',
        ...lines,
      ].join('\n');
    })
    .join('\n\n');
}

export interface Target {
  readonly source: 'issue #8' | 'issue #14' | 'docs/architecture.md';
  readonly name: string;
  readonly wanted: string;
  readonly measured: string;
  /** null: the figure could not be measured here. */
  readonly met: boolean | null;
}

const GiB = 2 ** 30;

/** Issue #8's targets and the stricter ones of docs/architecture.md, judged from one size's figures. */
export function targets(r: SizeResult): Target[] {
  const load = r.load.elementsPerSecond;
  const share = loadShareOfCopy(r);
  const impact = r.graphql.impactUncached; // the cache must not be what meets the target
  const peak = r.server.afterWorkload.peakRssBytes;
  return [
    {
      source: 'issue #8',
      name: 'bulk load (`applyBatch`)',
      wanted: '≥ 50,000 elements/s',
      measured: fmtRate(load),
      met: load >= 50_000,
    },
    {
      source: 'docs/architecture.md',
      name: 'bulk load (`applyBatch`)',
      wanted: '≥ 100,000 elements/s',
      measured: fmtRate(load),
      met: load >= 100_000,
    },
    {
      source: 'docs/architecture.md',
      name: 'bulk load / raw COPY in the same run',
      wanted: '≥ 20 %',
      measured: `${share.toFixed(1)} % (COPY ${fmtRate(r.rawCopy.elementsPerSecond)})`,
      met: share >= 20,
    },
    {
      source: 'issue #8',
      name: 'GraphQL impact median',
      wanted: '≤ 250 ms',
      measured: mp(impact),
      met: impact.median <= 250,
    },
    {
      source: 'docs/architecture.md',
      name: 'GraphQL impact median',
      wanted: '≤ 100 ms',
      measured: mp(impact),
      met: impact.median <= 100,
    },
    {
      source: 'issue #8',
      name: 'GraphQL impact / floor',
      wanted: '≤ 10×',
      measured: `${r.ratios.graphqlOverFloor}× (floor ${fmtMs(r.floor.median)})`,
      met: r.ratios.graphqlOverFloor <= 10,
    },
    {
      source: 'issue #14',
      name: 'as-at impact / without as-at',
      wanted: '≤ 2×',
      measured: `${r.ratios.asAtOverPlain}× (${fmtMs(r.domainImpactAsAt.median)} against ${fmtMs(r.domainImpact.median)})`,
      met: r.ratios.asAtOverPlain <= 2,
    },
    {
      source: 'docs/architecture.md',
      name: 'domain impact / floor',
      wanted: '≤ 3×',
      measured: `${r.ratios.domainOverFloor}× (${fmtMs(r.domainImpact.median)})`,
      met: r.ratios.domainOverFloor <= 3,
    },
    {
      source: 'issue #8',
      name: 'GraphQL neighbourhood depth 2 median (typical system)',
      wanted: '≤ 20 ms',
      measured: mp(r.graphql.neighbourhood),
      met: r.graphql.neighbourhood.median <= 20,
    },
    {
      source: 'issue #8',
      name: 'GraphQL search median',
      wanted: '≤ 20 ms',
      measured: mp(r.graphql.search),
      met: r.graphql.search.median <= 20,
    },
    {
      source: 'issue #8',
      name: 'server peak memory (VmHWM)',
      wanted: '≤ 1 GiB',
      measured: peak === null ? 'not measured (no /proc)' : fmtMiB(peak),
      met: peak === null ? null : peak <= GiB,
    },
  ];
}

const verdict = (met: boolean | null) => (met === null ? 'not measured' : met ? 'met' : '**missed**');

function drawPart(draw: DrawOutcome): string {
  if ('notMeasured' in draw) return `not measured: ${draw.notMeasured}`;
  return `Chromium ${draw.machine.chromium}, headless, software rendering; \`bench/draw/draw.bench.ts\`. ${drawSection(draw)}`;
}

export interface Report {
  readonly quick: boolean;
  readonly machine: Machine & { readonly loadAverageAtEnd: number[] };
  readonly wholeRunS: number;
  readonly results: readonly SizeResult[];
  readonly draw: DrawOutcome;
}

export function markdown({ quick, machine: m, wholeRunS, results, draw }: Report): string {
  const largest = results[results.length - 1]!;
  const clients = largest.concurrent;
  return [
    `# Impact benchmark${quick ? ' (--quick)' : ''}`,
    '',
    `${new Date().toISOString()}, commit ${m.commit}: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node}, ${m.platform}, LadybugDB ${m.ladybugdb}. Load average ${m.loadAverageAtStart.join(' / ')} at start, ${m.loadAverageAtEnd.join(' / ')} at the end. Whole run ${wholeRunS.toFixed(0)} s.`,
    '',
    `Graphs from \`bench/generate.ts\` (seed 42, about 5 relationships per node). Event: the highest-fan-in node fails. Medians (p95) over up to 21 runs after warm-ups (the floor: 51 runs after 30).`,
    '',
    '**What ran where.** In the bench process: generation, the floor, the projection build, domain impact, raw `COPY`, and `exportTopology` (the store opened alone). In a child process (`bench/store-load.ts`): the load through `applyBatch`. ' +
      "In the server's own child process, started as `npm start` starts it (the compiled `dist/server/src/app/main.js` under `node`, `DATA_DIR` at the loaded database, `LOG_LEVEL=warn`, `NODE_ENV=production` with reads open, as deployed; the bench's own domain runs collected first, so that its collector does not share the cores with the server), every GraphQL figure over HTTP on loopback: " +
      `first one client, one request at a time (impact, neighbourhood, search), then ${clients.connections} concurrent clients (autocannon, in the bench process, on the same 2 cores) for ${clients.seconds} s each sending search 2 : neighbourhood 2 : impact 1 from varied searches, systems and impact sources. ` +
      'Its memory comes from `/proc/<pid>/status`: VmRSS half a second after it is ready (idle), VmHWM (peak) after the whole workload. ' +
      '(Earlier runs timed the one-at-a-time GraphQL figures against an in-process server, `tests/fixtures/test-server.ts`, which skips what `startApp` adds to the store and the projection; the server child runs the real start path and no longer shares its event loop with the bench.)',
    '',
    table(results),
    '',
    `## Targets at ${sizeLabel(largest.nodes)} nodes${largest.nodes < 100_000 ? ' (the targets are set for 100k)' : ''}`,
    '',
    '| source | target | wanted | measured | |',
    '| --- | --- | --- | --- | --- |',
    ...targets(largest).map(
      (t) => `| ${t.source} | ${t.name} | ${t.wanted} | ${t.measured} | ${verdict(t.met)} |`,
    ),
    '',
    '## Drawing in headless Chromium: data received → drawn',
    '',
    drawPart(draw),
    '',
    '## Where the load spends its time',
    '',
    loadBreakdown(results),
    '',
  ].join('\n');
}
