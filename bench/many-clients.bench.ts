// Many clients at once (issue #20): at 100k nodes, the server started twice on one database in
// the same run, first with what-ifs walked on the event loop (IMPACT_THREADS=0: the baseline),
// then with the impact pool (one worker thread per core, the default). For each: one client at a
// time (impact from the hub, uncached impact, a neighbourhood, searches), then 50 clients for
// 10 s (autocannon: requests/s, p50/p95/p99 per query type), the CPU time of each core and of each
// server thread over those 10 s, and the server's memory. With --profile the server runs under
// --cpu-prof and its event loop's time is summed by what the code is (bench/cpu-profile.ts).
// The machine may be shared: the load average is reported beside each figure, and the ratio of
// the two servers' figures is what to compare between runs.
// Usage: npm run bench:many -- [--nodes=100000] [--seconds=10] [--clients=50] [--profile] [--data=DIR]
//   (--data keeps the loaded database in DIR and reuses it on the next run)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runConcurrentClients, type ConcurrentClientsResult } from './concurrent-clients.js';
import { mainThreadProfile, monotonicUs, summariseProfile, type ProfileSummary } from './cpu-profile.js';
import { measureCpu, type CpuUsage } from './cpu-usage.js';
import { generateGraph, highestFanIn } from './generate.js';
import { machine } from './impact-report.js';
import {
  graphql,
  PRODUCTION_ENV,
  startServerProcess,
  type ProcessMemory,
  type ServerProcess,
} from './server-process.js';
import { runLoadChild } from './store-load.js';
import type { LaneSummary } from '../server/src/services/impact-pool/lane-timings.js';
import {
  TIMED_SEARCH,
  concurrentMix,
  hubImpactQuery,
  neighbourhoodQuery,
  searchQuery,
  typicalSystem,
} from './synthetic-queries.js';
import { fmtMiB, log, round, sample, sizeLabel, type Sample } from './timing.js';

const { values } = parseArgs({
  options: {
    nodes: { type: 'string', default: '100000' },
    seconds: { type: 'string', default: '10' },
    clients: { type: 'string', default: '50' },
    profile: { type: 'boolean', default: false },
    data: { type: 'string' },
    // Only the server with the pool (the one deployed): the baseline's run halves the bench's time.
    'pool-only': { type: 'boolean', default: false },
  },
});
const NODES = Number(values.nodes);
const SECONDS = Number(values.seconds);
const CLIENTS = Number(values.clients);
const ONE_AT_A_TIME_BUDGET_MS = 15_000;
const RESULTS = path.join(import.meta.dirname, 'results');
/** The words people type on the page (issue #16), timed one at a time beside the id prefix. */
const WORD_SEARCHES = ['telephone', 'Unisys contract', 'data centre Maidstone'];
const PRODUCTION = PRODUCTION_ENV;

interface ServerRun {
  readonly label: string;
  readonly env: Record<string, string>;
  readonly startMs: number;
  readonly oneAtATime: Record<string, Sample>;
  readonly concurrent: ConcurrentClientsResult;
  /** The pool's queue wait and run time per lane over the clients' run (none without a pool). */
  readonly lanes: Readonly<Record<string, LaneSummary>> | null;
  readonly cpu: CpuUsage;
  readonly memory: { readonly idle: ProcessMemory; readonly afterWorkload: ProcessMemory };
  readonly profile: ProfileSummary | null;
}

/** The pool's timings of the tasks submitted since `since` (epoch ms), from /readyz. */
async function poolLanes(server: ServerProcess, since: number): Promise<ServerRun['lanes']> {
  const response = await fetch(`${server.url}/readyz?poolSince=${since}`);
  const body = (await response.json()) as { pool?: Record<string, LaneSummary> };
  return body.pool ?? null;
}

async function oneAtATime(server: ServerProcess, hub: string, typical: string) {
  const gql = (query: string) => graphql(server.graphqlUrl, query);
  const budget = { budgetMs: ONE_AT_A_TIME_BUDGET_MS };
  let hours = 0;
  const uncached = () => hubImpactQuery(hub).replace('NODE_FAILS,', `NODE_FAILS, hours: ${++hours},`);
  const figures: Record<string, Sample> = {
    'impact from the hub (report cached)': await sample(() => gql(hubImpactQuery(hub)), budget),
    'impact from the hub, uncached': await sample(() => gql(uncached()), budget),
    'neighbourhood of a typical system': await sample(() => gql(neighbourhoodQuery(typical)), budget),
    [`search "${TIMED_SEARCH}"`]: await sample(() => gql(searchQuery(TIMED_SEARCH)), budget),
  };
  for (const text of WORD_SEARCHES)
    figures[`search "${text}"`] = await sample(() => gql(searchQuery(text)), budget);
  return figures;
}

async function runServer(
  label: string,
  env: Record<string, string>,
  dataDir: string,
  batch: ReturnType<typeof generateGraph>,
): Promise<ServerRun> {
  const profileDir = values.profile ? fs.mkdtempSync(path.join(os.tmpdir(), 'many-clients-prof-')) : null;
  log(`${label}: starting the server`);
  const server = await startServerProcess({
    dataDir,
    env,
    nodeArgs: profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
  });
  try {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const idle = server.memory();
    const hub = highestFanIn(batch);
    log(`${label}: one request at a time`);
    const figures = await oneAtATime(server, hub, typicalSystem(batch));
    log(`${label}: ${CLIENTS} clients for ${SECONDS} s`);
    const fromUs = monotonicUs();
    const clientsFrom = Date.now();
    const cpuDone = measureCpu(server.pid);
    const concurrent = await runConcurrentClients({
      url: server.graphqlUrl,
      connections: CLIENTS,
      seconds: SECONDS,
      sequence: concurrentMix(batch),
    });
    const cpu = cpuDone();
    const window = { fromUs, toUs: monotonicUs() };
    const lanes = await poolLanes(server, clientsFrom);
    const afterWorkload = server.memory();
    await server.stop();
    const profileFile = profileDir ? mainThreadProfile(profileDir) : null;
    return {
      label,
      env,
      startMs: server.startMs,
      oneAtATime: figures,
      concurrent,
      lanes,
      cpu,
      memory: { idle, afterWorkload },
      profile: profileFile ? summariseProfile(profileFile, window) : null,
    };
  } finally {
    await server.stop();
    if (profileDir) fs.rmSync(profileDir, { recursive: true, force: true });
  }
}

const ms = (x: number | undefined) => (x === undefined ? '–' : `${round(x, 1)} ms`);

function markdown(runs: readonly ServerRun[], facts: ReturnType<typeof machine>): string {
  // A column per server; with the baseline beside the pool, the pool's figure over the baseline's.
  const compared = runs.length === 2;
  const ratio = (of: (r: ServerRun) => number | undefined, suffix = '') => {
    const [a, b] = runs.map(of);
    return compared && a && b ? `${round(b / a, 2)}×${suffix}` : '';
  };
  const lines = [
    `# Many clients at ${sizeLabel(NODES)} nodes`,
    '',
    `${facts.cpu} × ${facts.cores}, node ${facts.node}; ${new Date().toISOString()}. Load average before each ` +
      `client run: ${runs.map((r) => `${r.label} ${r.cpu.loadAverageBefore.join(' / ')}`).join('; ')}.`,
    '',
    `| | ${runs.map((r) => r.label).join(' | ')} |${compared ? ' ratio |' : ''}`,
    `| --- |${runs.map(() => ' --- |').join('')}${compared ? ' --- |' : ''}`,
  ];
  const row = (name: string, cell: (r: ServerRun) => string, r = '') =>
    lines.push(`| ${name} | ${runs.map(cell).join(' | ')} |${compared ? ` ${r} |` : ''}`);
  for (const name of Object.keys(runs[0]!.oneAtATime)) {
    const of = (r: ServerRun) => r.oneAtATime[name]?.median;
    row(`one at a time: ${name} (median)`, (r) => ms(of(r)), ratio(of));
  }
  const rate = (r: ServerRun) => r.concurrent.requestsPerSecond;
  row(`${CLIENTS} clients for ${SECONDS} s: requests/s`, (r) => String(rate(r)), ratio(rate));
  const latencyOf = (r: ServerRun, kind?: string) =>
    kind ? r.concurrent.byKind[kind]?.latencyMs : r.concurrent.latencyMs;
  const pct = (r: ServerRun, kind?: string) => {
    const l = latencyOf(r, kind);
    return l ? `${l.p50} / ${l.p95} / ${l.p99} ms` : '–';
  };
  row(
    '  all: p50 / p95 / p99',
    (r) => pct(r),
    ratio((r) => latencyOf(r)?.p99, ' (p99)'),
  );
  for (const kind of Object.keys(runs[0]!.concurrent.byKind)) {
    const n = (r: ServerRun) => r.concurrent.byKind[kind]?.requests ?? 0;
    row(
      `  ${kind}: requests; p50 / p95 / p99`,
      (r) => `${n(r)}; ${pct(r, kind)}`,
      ratio((r) => latencyOf(r, kind)?.p99, ' (p99)'),
    );
  }
  row('  errors', (r) => String(r.concurrent.errors.total));
  row("pool lanes over the clients' run: tasks; queue wait p50 / p99; run p50 / p99", (r) =>
    r.lanes
      ? Object.entries(r.lanes)
          .map(
            ([lane, t]) =>
              `${lane} ${t.tasks}; wait ${t.waitMs.p50} / ${t.waitMs.p99} ms; run ${t.runMs.p50} / ${t.runMs.p99} ms`,
          )
          .join('<br>')
      : '–',
  );
  row("CPU busy per core over the clients' run (whole machine)", (r) =>
    r.cpu.cores.map((core) => `${Math.round(100 * core.busyShare)} %`).join(', '),
  );
  row(
    "server CPU per thread over the clients' run",
    (r) =>
      `${round(r.cpu.serverMs / 1000, 1)} s in all: ` +
      r.cpu.serverThreads
        .slice(0, 6)
        .map((t) => `${t.name}#${t.tid} ${round(t.ms / 1000, 1)} s`)
        .join(', '),
  );
  row(
    'server memory (RSS)',
    (r) => `${fmtMiB(r.memory.idle.rssBytes)} idle, ${fmtMiB(r.memory.afterWorkload.peakRssBytes)} peak`,
  );
  row('server start (store, read cache, projection)', (r) => ms(r.startMs));
  for (const r of runs) {
    if (!r.profile) continue;
    lines.push(
      '',
      `## Where the event loop's time went over the clients' run: ${r.label} (${ms(r.profile.totalMs)} profiled)`,
      '',
    );
    lines.push('| code | busy ms | share of busy |', '| --- | --- | --- |');
    for (const b of r.profile.busy)
      lines.push(`| ${b.category} | ${b.ms} | ${Math.round(1000 * b.share) / 10} % |`);
  }
  for (const r of runs) {
    if (!r.profile) continue;
    lines.push('', `Functions with the most self time on the event loop: ${r.label}`, '');
    for (const f of r.profile.topFunctions) lines.push(`- ${f.ms} ms ${f.name} (${f.category})`);
  }
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
  const facts = machine();
  const dataDir = values.data ?? fs.mkdtempSync(path.join(os.tmpdir(), 'many-clients-'));
  const file = path.join(dataDir, 'graph.lbug');
  log(
    `${sizeLabel(NODES)} nodes; ${facts.cpu} × ${facts.cores}; load average ${os
      .loadavg()
      .map((x) => round(x))
      .join(' / ')}`,
  );
  const batch = generateGraph(NODES);
  try {
    if (!fs.existsSync(file)) {
      log(`loading ${batch.nodes.length} nodes and ${batch.relationships.length} relationships`);
      fs.mkdirSync(dataDir, { recursive: true });
      if (!(await runLoadChild(NODES, file, 'single', 30 * 60_000)))
        throw new Error('bench: the load did not finish');
    }
    const runs = [
      values['pool-only']
        ? null
        : await runServer(
            'event loop (IMPACT_THREADS=0)',
            { ...PRODUCTION, IMPACT_THREADS: '0' },
            dataDir,
            batch,
          ),
      await runServer('impact pool (one thread per core)', PRODUCTION, dataDir, batch),
    ].filter((r) => r !== null);
    const text = markdown(runs, facts);
    fs.mkdirSync(RESULTS, { recursive: true });
    fs.writeFileSync(path.join(RESULTS, 'many-clients.md'), text);
    fs.writeFileSync(
      path.join(RESULTS, 'many-clients.json'),
      `${JSON.stringify({ when: new Date().toISOString(), machine: facts, nodes: NODES, runs }, null, 2)}\n`,
    );
    console.log(text);
  } finally {
    if (!values.data) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
