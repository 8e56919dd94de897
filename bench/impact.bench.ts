// Impact benchmark: every figure of issue #8 in one run. For synthetic graphs of 1k, 10k and 100k
// nodes: the in-memory breadth-first floor, impact through the domain API, the projection build,
// the load into the embedded store (and the raw COPY rate beside it); then, against the product's
// server started as its own process on that database, impact, neighbourhood and search through
// GraphQL over HTTP on loopback, 50 concurrent clients, and the server's memory. Last, drawing in
// headless Chromium. Prints a markdown report; writes bench/results/impact.{json,md}.
// With --store=neo4j the store under the server is a Neo4j started for each size as the tests
// start it (tests/neo4j/launch.ts), loaded through the same applyBatch (staged there), with the
// embedded load beside it and a plain-Cypher what-if as the anchor; results go to impact-neo4j.*.
// Usage: npx tsx bench/impact.bench.ts [--quick] [--sizes=1000,100000] [--store=neo4j]   (--quick: 1k and 10k only)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  analyseImpact,
  buildProjection,
  explain,
  propagate,
  seedsFor,
  type ImpactEvent,
  type Projection,
} from '../server/src/domain/impact/index.js';
import { collectGarbage } from '../server/src/app/collect-garbage.js';
import type { GraphBatch } from '../server/src/domain/metamodel/index.js';
import { openLadybugStore } from '../server/src/store/ladybug/open-ladybug.js';
import type { CypherGraphStore } from '../server/src/store/cypher/cypher-store.js';
import { openNeo4jStore } from '../server/src/store/neo4j/open-neo4j.js';
import type { GraphStore } from '../server/src/store/port.js';
import { startNeo4j, type Neo4jServer } from '../tests/neo4j/launch.js';
import { BENCH_NEO4J } from './neo4j-size.js';
import { CHROMIUM } from '../tests/browser/chromium.js';
import { runConcurrentClients } from './concurrent-clients.js';
import { runDrawBench } from './draw/draw.bench.js';
import { bfs, floorGraph } from './floor.js';
import { fanIn, generateGraph, highestFanIn, topologyOf } from './generate.js';
import { machine, markdown, targets, type DrawOutcome, type SizeResult } from './impact-report.js';
import { rawCopy } from './raw-copy.js';
import { graphql, PRODUCTION_ENV, startServerProcess, type ServerProcess } from './server-process.js';
import { plainCypherImpact } from './plain-cypher.js';
import { SPLIT_NODES, runLoadChild, timeReads, type LoadResult } from './store-load.js';
import {
  TIMED_SEARCH,
  concurrentMix,
  hubImpactQuery,
  neighbourhoodQuery,
  searchQuery,
  typicalSystem,
} from './synthetic-queries.js';
import { processCpuMs } from './cpu-usage.js';
import { fmtMs, log, once, round, sample, sizeLabel } from './timing.js';

const RESULTS = path.join(import.meta.dirname, 'results');
/** One applyBatch of the whole graph is abandoned past this, and the load is split. */
const SINGLE_LOAD_LIMIT_MS = 6 * 60_000;
/** Issue #8: throughput under 50 concurrent clients. */
const CLIENTS = 50;
/** Long enough for a steady rate at every size; --quick halves it to stay under 2 minutes. */
const CLIENT_SECONDS = { full: 10, quick: 5 };
/** Time for each one-at-a-time GraphQL figure (at least 5 runs): bounds --quick on a busy machine. */
const GRAPHQL_BUDGET_MS = { full: 60_000, quick: 8_000 };
/** Lets the server settle after "ready" before its idle memory is read. */
const IDLE_SETTLE_MS = 500;
const DRAW = { full: { runs: 5, sizes: [200, 2_000, 10_000] }, quick: { runs: 2, sizes: [200, 2_000] } };

/** POSTs one query; a GraphQL error stops the bench (a figure of errors would mean nothing). */
/** How the server has answered neighbourhoods so far (/readyz). */
async function neighbourhoodStats(server: ServerProcess): Promise<{ pooled: number; onEventLoop: number }> {
  const body = (await (await fetch(`${server.url}/readyz`)).json()) as {
    neighbourhoods?: { pooled: number; onEventLoop: number };
  };
  return body.neighbourhoods ?? { pooled: 0, onEventLoop: 0 };
}

/** One client, one request at a time: impact from the hub, neighbourhoods, search. Each figure
 *  stops sampling (at 5 runs or more) past `budgetMs`. */
async function timeGraphql(server: ServerProcess, hub: string, typical: string, budgetMs: number) {
  const gql = <T>(query: string) => graphql<T>(server.graphqlUrl, query);
  type ImpactData = { impact: { totalAffected: number } };
  const [firstCallMs, first] = await once(() => gql<ImpactData>(hubImpactQuery(hub)));
  const impact = await sample(() => gql<ImpactData>(hubImpactQuery(hub)), { budgetMs });
  // The same question again is answered from the server's cache of recent reports. Uncached: the
  // hub out for a different number of hours each run, a what-if nobody has asked yet.
  let hours = 0;
  const outage = () => {
    const query = hubImpactQuery(hub).replace('NODE_FAILS,', `NODE_FAILS, hours: ${++hours},`);
    if (!query.includes('hours:')) throw new Error('bench: could not vary the impact event');
    return query;
  };
  const impactUncached = await sample(() => gql<ImpactData>(outage()), { budgetMs });

  type Sub = { neighbourhood: { nodes: unknown[] } };
  const near = await gql<Sub>(neighbourhoodQuery(typical));
  const before = await neighbourhoodStats(server);
  const neighbourhood = await sample(() => gql<Sub>(neighbourhoodQuery(typical)), { budgetMs });
  const after = await neighbourhoodStats(server);
  const nearHub = await gql<Sub>(neighbourhoodQuery(hub));
  const neighbourhoodHub = await sample(() => gql<Sub>(neighbourhoodQuery(hub)), { warmups: 1, budgetMs });

  type Found = { search: { totalCount: number } };
  const found = await gql<Found>(searchQuery(TIMED_SEARCH));
  const search = await sample(() => gql<Found>(searchQuery(TIMED_SEARCH)), { budgetMs });
  return {
    firstCallMs,
    impact: { ...impact, totalAffected: first.impact.totalAffected },
    impactUncached,
    neighbourhood: {
      ...neighbourhood,
      id: typical,
      nodes: near.neighbourhood.nodes.length,
      // In the pool over its arrays, or on the event loop for want of arrays at the current version.
      pooled: after.pooled - before.pooled,
      onEventLoop: after.onEventLoop - before.onEventLoop,
    },
    neighbourhoodHub: { ...neighbourhoodHub, nodes: nearHub.neighbourhood.nodes.length },
    search: { ...search, text: TIMED_SEARCH, totalCount: found.search.totalCount },
  };
}

/** The as-at day of the filtered domain run. */
const AS_AT = '2020-06-01';

/** The floor and the domain's figures, in a function of their own so that the graphs and runs
 *  they build are garbage once it returns: the bench process is the server's client, on the same
 *  two cores, and must not hold (and collect) them while the server is timed. */
async function domainFigures(batch: GraphBatch, hub: string, events: ImpactEvent[]) {
  log(`${sizeLabel(batch.nodes.length)}: floor, projection, domain impact (hub ${hub})`);
  const fg = floorGraph(batch);
  const source = fg.index.get(hub)!;
  const reached = bfs(fg.dependants, source);
  const floor = await sample(() => bfs(fg.dependants, source), { warmups: 30, runs: 51 });

  const topology = topologyOf(batch);
  const projectionBuild = await sample(() => buildProjection(topology), {
    warmups: 1,
    runs: 9,
    budgetMs: 30_000,
  });
  const p: Projection = buildProjection(topology);
  const affected = analyseImpact(p, events).affected.length;
  const domainImpact = await sample(() => analyseImpact(p, events));
  // The same run as at a day: the first run compares live spans and leaves the day's masks on the
  // projection (see live-masks.ts), so the runs sampled read one byte per edge, as a page does.
  const domainImpactAsAt = await sample(() => analyseImpact(p, events, { asAt: AS_AT }));
  const run = propagate(p, seedsFor(p, events));
  const domainBreakdown = {
    propagate: await sample(() => propagate(p, seedsFor(p, events)), { budgetMs: 30_000 }),
    explainAll: await sample(() => run.reached.map((n) => explain(p, run, n)), { budgetMs: 30_000 }),
  };
  return {
    floor,
    reached,
    projectionBuild,
    impactEdges: p.edgeCount,
    affected,
    domainImpact,
    domainImpactAsAt,
    domainBreakdown,
  };
}

type StoreName = 'ladybug' | 'neo4j';
const NEO4J_PASSWORD = 'bench-neo4j-password';

async function benchSize(nodes: number, quick: boolean, storeName: StoreName): Promise<SizeResult> {
  log(`${sizeLabel(nodes)}: generating`);
  const [generateMs, batch] = await once(() => generateGraph(nodes));
  const hub = highestFanIn(batch);
  const events: ImpactEvent[] = [{ type: 'NODE_FAILS', id: hub }];

  const domain = await domainFigures(batch, hub, events);
  const { floor, reached, projectionBuild, impactEdges, affected, domainImpact, domainImpactAsAt } = domain;
  const { domainBreakdown } = domain;

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `impact-bench-${sizeLabel(nodes)}-`));
  try {
    log(`${sizeLabel(nodes)}: raw COPY into the product schema`);
    fs.mkdirSync(path.join(dir, 'copy'));
    const copy = await rawCopy(batch, path.join(dir, 'copy'));

    log(
      `${sizeLabel(nodes)}: applyBatch of the whole graph (child process, limit ${SINGLE_LOAD_LIMIT_MS / 60_000} min)`,
    );
    let file = path.join(dir, 'single', 'graph.lbug');
    let loadNote: string | undefined;
    let load: LoadResult | null = await runLoadChild(nodes, file, 'single', SINGLE_LOAD_LIMIT_MS);
    if (!load) {
      loadNote = `one applyBatch of the whole graph did not finish in ${SINGLE_LOAD_LIMIT_MS / 60_000} min; loaded in batches of ${SPLIT_NODES.toLocaleString('en-GB')} nodes, then their relationships`;
      log(`${sizeLabel(nodes)}: ${loadNote}`);
      file = path.join(dir, 'split', 'graph.lbug');
      load = (await runLoadChild(nodes, file, 'split', 4 * SINGLE_LOAD_LIMIT_MS))!;
      if (!load) throw new Error('bench: the split load did not finish either');
    }

    let neo4j: Neo4jServer | undefined;
    let embeddedLoad: LoadResult | undefined;
    let plainCypher: SizeResult['plainCypherImpact'];
    let store: GraphStore;
    // Deployed as a user meets it (production mode), as bench:many starts it.
    let serverEnv: Record<string, string> = { ...PRODUCTION_ENV, SEED_ON_EMPTY: 'false' };
    if (storeName === 'neo4j') {
      // A fresh Neo4j per size (its own temporary data, deleted on stop), started as the tests do.
      log(`${sizeLabel(nodes)}: starting Neo4j`);
      neo4j = await startNeo4j({ ...BENCH_NEO4J, password: NEO4J_PASSWORD });
      const connection = { uri: neo4j.uri, user: neo4j.user, password: neo4j.password };
      log(`${sizeLabel(nodes)}: applyBatch of the whole graph into Neo4j (child process, staged)`);
      embeddedLoad = load;
      const jvmBefore = processCpuMs(neo4j.pid);
      load = (await runLoadChild(
        nodes,
        path.join(dir, 'neo4j', 'graph'),
        'single',
        4 * SINGLE_LOAD_LIMIT_MS,
        connection,
      ))!;
      if (!load) throw new Error('bench: the Neo4j load did not finish');
      // On a shared machine the CPU a load used says more than its wall time.
      const jvmMs = processCpuMs(neo4j.pid) - jvmBefore;
      log(
        `${sizeLabel(nodes)}: Neo4j load ${load.elementsPerSecond} elements/s; CPU: Neo4j ${fmtMs(jvmMs)}, ` +
          `loader ${fmtMs(load.cpuMs)}: ${Math.round(load.elements / ((jvmMs + (load.cpuMs ?? 0)) / 1000))} elements per CPU second`,
      );
      store = await openNeo4jStore(connection);
      log(`${sizeLabel(nodes)}: a plain-Cypher what-if beside ours`);
      plainCypher = await plainCypherImpact(
        store as CypherGraphStore,
        hub,
        GRAPHQL_BUDGET_MS[quick ? 'quick' : 'full'],
      );
      serverEnv = {
        ...serverEnv,
        NEO4J_URI: neo4j.uri,
        NEO4J_USER: neo4j.user,
        NEO4J_PASSWORD: neo4j.password,
      };
    } else {
      store = await openLadybugStore(file);
    }
    // The embedded store allows one process at a time: time the export, close, then hand it to
    // the server.
    const exported = await timeReads(store, () => store.exportTopology()).finally(() => store.close());

    log(`${sizeLabel(nodes)}: the server as its own process, GraphQL over HTTP (${storeName})`);
    const server = await startServerProcess({ dataDir: path.dirname(file), env: serverEnv }).catch(
      async (error: unknown) => {
        await neo4j?.stop();
        throw error;
      },
    );
    try {
      await new Promise((resolve) => setTimeout(resolve, IDLE_SETTLE_MS));
      const idle = server.memory();
      const mode = quick ? 'quick' : 'full';
      // The domain runs' garbage (hundreds of MiB at 100k) collected now, not by collector threads
      // that would share the two cores with the server while it is timed.
      collectGarbage();
      const timed = await timeGraphql(server, hub, typicalSystem(batch), GRAPHQL_BUDGET_MS[mode]);
      const seconds = CLIENT_SECONDS[mode];
      log(`${sizeLabel(nodes)}: ${CLIENTS} concurrent clients for ${seconds} s`);
      const concurrent = await runConcurrentClients({
        url: server.graphqlUrl,
        connections: CLIENTS,
        seconds,
        sequence: concurrentMix(batch),
      });
      const afterWorkload = server.memory();

      return {
        nodes: batch.nodes.length,
        relationships: batch.relationships.length,
        impactEdges,
        generateMs,
        hub: { id: hub, directDependants: fanIn(batch).get(hub) ?? 0 },
        floor: { ...floor, reached },
        projectionBuild,
        domainImpact: { ...domainImpact, affected },
        domainImpactAsAt: { ...domainImpactAsAt, asAt: AS_AT },
        domainBreakdown,
        store: storeName,
        load,
        ...(embeddedLoad ? { embeddedLoad } : {}),
        ...(plainCypher ? { plainCypherImpact: plainCypher } : {}),
        ...(loadNote ? { loadNote } : {}),
        rawCopy: copy,
        exportTopologyMs: exported.ms,
        exportTopologyReads: exported.reads,
        server: { startMs: server.startMs, idle, afterWorkload },
        graphql: timed,
        concurrent,
        ratios: {
          domainOverFloor: round(domainImpact.median / floor.median, 1),
          asAtOverPlain: round(domainImpactAsAt.median / domainImpact.median, 2),
          graphqlOverFloor: round(timed.impactUncached.median / floor.median, 1),
        },
      };
    } finally {
      await server.stop();
      await neo4j?.stop();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The drawing benchmark, or why it did not run: a missing browser must not lose the rest. */
async function measureDrawing(quick: boolean): Promise<DrawOutcome> {
  if (!CHROMIUM) {
    log('drawing: not measured: /usr/bin/chromium not found');
    return { notMeasured: '/usr/bin/chromium not found' };
  }
  const options = quick ? DRAW.quick : DRAW.full;
  log(`drawing in headless Chromium: ${options.sizes.join(', ')} elements, ${options.runs} runs each`);
  try {
    return await runDrawBench(options);
  } catch (error) {
    log('drawing failed:', error);
    return { notMeasured: `the drawing benchmark failed: ${String(error)}` };
  }
}

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const storeName: StoreName = process.argv.includes('--store=neo4j') ? 'neo4j' : 'ladybug';
  const only = process.argv.find((a) => a.startsWith('--sizes='));
  const sizes = only
    ? only.slice('--sizes='.length).split(',').map(Number)
    : quick
      ? [1_000, 10_000]
      : [1_000, 10_000, 100_000];
  const facts = machine();
  log(`sizes ${sizes.map(sizeLabel).join(', ')}; ${facts.cpu} × ${facts.cores}; node ${facts.node}`);
  const began = performance.now();
  const results: SizeResult[] = [];
  for (const n of sizes) results.push(await benchSize(n, quick, storeName));
  // Drawing does not depend on the store: the Neo4j run leaves it to the embedded one.
  const draw: DrawOutcome =
    storeName === 'neo4j'
      ? { notMeasured: 'not part of the Neo4j run (it does not depend on the store)' }
      : await measureDrawing(quick);
  const stem = storeName === 'neo4j' ? 'impact-neo4j' : 'impact';
  const largest = results[results.length - 1]!;
  const report = {
    quick,
    machine: { ...facts, loadAverageAtEnd: os.loadavg().map((x) => round(x)) },
    wholeRunS: (performance.now() - began) / 1000,
    results,
    draw,
  };

  fs.mkdirSync(RESULTS, { recursive: true });
  fs.writeFileSync(
    path.join(RESULTS, `${stem}.json`),
    `${JSON.stringify(
      {
        ...report,
        when: new Date().toISOString(),
        targets: { nodes: largest.nodes, checks: targets(largest) },
      },
      null,
      2,
    )}\n`,
  );
  const text = markdown(report);
  fs.writeFileSync(path.join(RESULTS, `${stem}.md`), text);
  console.log(text);
}

await main();
