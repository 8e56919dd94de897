// Two API servers on one Neo4j, as a deployment runs them (issue #18): server A takes one write a
// second, server B answers searches, neighbourhoods and what-ifs one at a time, and the run
// reports B's read latency against the same reads with no writes, and how stale B's what-if
// answers were (how long after A acknowledged a write B still answered without it).
//
//   npm run bench:two-servers -- [--nodes=10000] [--seconds=30] [--poll-ms=500] [--reuse]
//
// Against NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD when set (its database is emptied first),
// otherwise a Neo4j started for the run (tests/neo4j/launch.ts: Java and Maven). Writes
// bench/results/two-servers.{md,json}. Nothing is asserted; compare runs on one machine.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { GraphBatch } from '../server/src/domain/metamodel/index.js';
import { openNeo4jStore } from '../server/src/store/neo4j/open-neo4j.js';
import { startNeo4j, type Neo4jServer } from '../tests/neo4j/launch.js';
import { BENCH_NEO4J } from './neo4j-size.js';
import { generateGraph } from './generate.js';
import { startServerProcess, type ServerProcess } from './server-process.js';
import { splitBatches } from './store-load.js';
import { TIMED_SEARCH, neighbourhoodQuery, searchQuery, typicalSystem } from './synthetic-queries.js';
import { fmtMs, log, round, sizeLabel, summarise, type Sample } from './timing.js';

const RESULTS = path.join(import.meta.dirname, 'results');
const arg = (name: string, fallback: number) => {
  const found = process.argv.find((a) => a.startsWith(`--${name}=`));
  return found ? Number(found.slice(name.length + 3)) : fallback;
};
const NODES = arg('nodes', 10_000);
const SECONDS = arg('seconds', 30);
const POLL_MS = arg('poll-ms', 500);
const REUSE = process.argv.includes('--reuse');
const WRITE_EVERY_MS = 1000;
const LOAD_BATCH_NODES = 5_000;

type ReadKind = 'search' | 'neighbourhood' | 'what-if';

interface Phase {
  readonly latency: Record<ReadKind, number[]>;
  /** Per what-if answer: how long before it was asked A had acknowledged a write it lacks. */
  readonly staleness: number[];
}

async function post(url: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (body.errors) throw new Error(`bench: ${JSON.stringify(body.errors).slice(0, 300)}`);
  return body.data!;
}

/** The what-if B answers: the failure of a provider that every marker written by A depends on. */
const whatIfQuery = (id: string) =>
  `{ impact(events: [{type: NODE_FAILS, id: "${id}"}]) { totalAffected counts { kind state count } affected(first: 50) { edges { node { node { id name } state explanation { reason } } } } } }`;

async function main(): Promise<void> {
  let neo4j: Neo4jServer | null = null;
  const env = process.env;
  const connection = env.NEO4J_URI
    ? { uri: env.NEO4J_URI, user: env.NEO4J_USER ?? 'neo4j', password: env.NEO4J_PASSWORD ?? '' }
    : await (async () => {
        log('starting Neo4j (tests/neo4j/launch.ts)');
        neo4j = await startNeo4j({ ...BENCH_NEO4J, password: 'two-servers-bench' });
        return { uri: neo4j.uri, user: neo4j.user, password: neo4j.password };
      })();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-two-servers-'));
  const servers: ServerProcess[] = [];
  try {
    const batch = generateGraph(NODES);
    const store = await openNeo4jStore(connection);
    const elements = batch.nodes.length + batch.relationships.length;
    const began = performance.now();
    // --reuse: a database that already holds this graph (from an earlier run) is not loaded again.
    const held = (await store.getNodes([batch.nodes.at(-1)!.id])).length > 0;
    if (!(REUSE && held)) {
      await store.clear();
      for (const part of splitBatches(batch, LOAD_BATCH_NODES)) await store.applyBatch(part);
      log(`loaded ${elements} elements into Neo4j in ${fmtMs(performance.now() - began)}`);
    }
    const loadMs = performance.now() - began;
    await store.close();

    const serverEnv = {
      NEO4J_URI: connection.uri,
      NEO4J_USER: connection.user,
      NEO4J_PASSWORD: connection.password,
      SEED_ON_EMPTY: 'false',
      VERSION_POLL_MS: String(POLL_MS),
    };
    const a = await startServerProcess({ dataDir: path.join(dataDir, 'a'), env: serverEnv });
    servers.push(a);
    const b = await startServerProcess({ dataDir: path.join(dataDir, 'b'), env: serverEnv });
    servers.push(b);
    log(`servers started: A in ${fmtMs(a.startMs)}, B in ${fmtMs(b.startMs)}`);

    const provider = typicalSystem(batch);
    const edited = pickEdited(batch, provider);
    const reads: [ReadKind, string][] = [
      ['search', searchQuery(TIMED_SEARCH)],
      ['neighbourhood', neighbourhoodQuery(typicalSystem(batch))],
      ['what-if', whatIfQuery(provider)],
    ];
    const baseAffected = Number(
      ((await post(b.graphqlUrl, whatIfQuery(provider))).impact as { totalAffected: number }).totalAffected,
    );
    // Warm both servers' paths before timing.
    for (let i = 0; i < 5; i++) for (const [, q] of reads) await post(b.graphqlUrl, q);

    /** When A acknowledged each marker write, in order: marker i makes the what-if count grow by one. */
    const acknowledged: number[] = [];
    const readLoop = async (until: number, phase: Phase) => {
      for (let i = 0; performance.now() < until; i++) {
        const [kind, query] = reads[i % reads.length]!;
        const asked = performance.now();
        const data = await post(b.graphqlUrl, query);
        phase.latency[kind].push(performance.now() - asked);
        if (kind === 'what-if') {
          const seen = Number((data.impact as { totalAffected: number }).totalAffected) - baseAffected;
          const missed = acknowledged.slice(seen).filter((at) => at <= asked);
          phase.staleness.push(missed.length ? asked - missed[0]! : 0);
        }
      }
    };
    const newPhase = (): Phase => ({
      latency: { search: [], neighbourhood: [], 'what-if': [] },
      staleness: [],
    });

    log(`idle: B answers for ${SECONDS} s with no writes`);
    const idle = newPhase();
    await readLoop(performance.now() + SECONDS * 1000, idle);

    log(`writes: A takes one write a second for ${SECONDS} s while B answers`);
    const busy = newPhase();
    const until = performance.now() + SECONDS * 1000;
    const writer = (async () => {
      for (let i = 0; performance.now() < until; i++) {
        const next = performance.now() + WRITE_EVERY_MS;
        // Alternately a new system depending on the provider (the topology moves: B rebuilds its
        // projection from memory) and an edit of a system's fields (B patches it).
        if (i % 2 === 0) {
          const id = `system:marker-${i}`;
          await post(
            a.graphqlUrl,
            'mutation($changes: ChangesInput!) { applyChanges(changes: $changes) { created } }',
            {
              changes: {
                nodes: [{ kind: 'System', id, name: `Marker ${i}`, category: 'APPLICATION' }],
                relationships: [{ from: id, type: 'DEPENDS_ON', to: provider }],
              },
            },
          );
          acknowledged.push(performance.now());
        } else {
          await post(
            a.graphqlUrl,
            'mutation($changes: ChangesInput!) { applyChanges(changes: $changes) { updated } }',
            {
              changes: { nodes: [{ ...edited, name: `${edited.name} (edit ${i})`, rtoHours: 1 + (i % 48) }] },
            },
          );
        }
        if (process.env.BENCH_DEBUG) log(JSON.stringify(await (await fetch(`${b.url}/readyz`)).json()));
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, next - performance.now())));
      }
    })();
    await Promise.all([writer, readLoop(until, busy)]);
    const stats = (await (await fetch(`${b.url}/readyz`)).json()) as Record<string, unknown>;

    const report = {
      nodes: NODES,
      elements,
      loadMs: round(loadMs),
      seconds: SECONDS,
      pollMs: POLL_MS,
      writes: acknowledged.length * 2,
      idle: summariseAll(idle),
      busy: summariseAll(busy),
      staleness: summarise(busy.staleness.length ? busy.staleness : [0]),
      serverB: stats,
      machine: {
        cpus: os.cpus().length,
        model: os.cpus()[0]?.model,
        loadavg: os.loadavg().map((x) => round(x)),
      },
    };
    fs.mkdirSync(RESULTS, { recursive: true });
    fs.writeFileSync(path.join(RESULTS, 'two-servers.json'), `${JSON.stringify(report, null, 2)}\n`);
    const md = markdown(report);
    fs.writeFileSync(path.join(RESULTS, 'two-servers.md'), md);
    console.log(md);
  } finally {
    for (const server of servers) await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
    await (neo4j as Neo4jServer | null)?.stop();
  }
}

/** A system other than the provider, with its kind's fields kept, for the field edits. */
function pickEdited(batch: GraphBatch, provider: string) {
  const node = batch.nodes.find((n) => n.kind === 'System' && n.id !== provider)!;
  return { kind: node.kind, id: node.id, name: node.name };
}

function summariseAll(phase: Phase): Record<ReadKind, Sample> {
  return {
    search: summarise(phase.latency.search),
    neighbourhood: summarise(phase.latency.neighbourhood),
    'what-if': summarise(phase.latency['what-if']),
  };
}

function markdown(r: {
  nodes: number;
  elements: number;
  seconds: number;
  pollMs: number;
  writes: number;
  idle: Record<ReadKind, Sample>;
  busy: Record<ReadKind, Sample>;
  staleness: Sample;
  serverB: Record<string, unknown>;
  machine: { cpus: number; model: string | undefined; loadavg: number[] };
}): string {
  const kinds: ReadKind[] = ['search', 'neighbourhood', 'what-if'];
  const rows = kinds.map((k) => {
    const ratio = r.busy[k].median / r.idle[k].median;
    return `| ${k} | ${fmtMs(r.idle[k].median)} (p95 ${fmtMs(r.idle[k].p95)}) | ${fmtMs(r.busy[k].median)} (p95 ${fmtMs(r.busy[k].p95)}) | ${ratio.toFixed(2)}× | ≤ 2× |`;
  });
  const cache = r.serverB.readCache as Record<string, number> | undefined;
  const projection = r.serverB.projection as Record<string, number> | undefined;
  return [
    `# Two API servers on one Neo4j, ${sizeLabel(r.nodes)} nodes (${r.elements.toLocaleString('en-GB')} elements)`,
    '',
    `Server A took ${r.writes} writes in ${r.seconds} s (one a second: a new system depending on the what-if's provider, then an edit of a system's fields, in turn); server B answered a search, a neighbourhood (depth 2, limit 300) and a what-if one at a time, first for ${r.seconds} s with no writes, then during them. B polls the graph version every ${r.pollMs} ms. Machine: ${r.machine.cpus} × ${r.machine.model}, load average ${r.machine.loadavg.join(' ')}.`,
    '',
    '| B, through GraphQL (medians) | idle | under one write a second on A | ratio | target |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows,
    `| what-if staleness (how long A had acknowledged a write B's answer lacked) | | median ${fmtMs(r.staleness.median)}, p95 ${fmtMs(r.staleness.p95)}, max ${fmtMs(r.staleness.max)} | | ≤ 1 s |`,
    '',
    cache
      ? `B kept current by ${cache.catchUps} catch-ups from the history (${cache.changesCaughtUp} changes applied) and ${cache.fullReads} whole read (at start); its projection was patched ${projection?.patches ?? 0} times and built ${projection?.builds ?? 0} times (from its read cache).`
      : '',
    '',
  ].join('\n');
}

await main();
