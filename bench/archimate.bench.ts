// The ArchiMate profile's run (a script, not a test): a generated ArchiMate graph loaded through
// the product's own write path into the embedded store opened with the profile, then start-up
// (opening the store, reading the read cache) and depth-2 neighbourhoods, beside the council
// graph of the same size for comparison. Then the product's server on that store, started as
// deployed with the graph's metamodel (METAMODEL), over HTTP: a what-if from the node most others
// need under the metamodel's directions of impact, a neighbourhood, a search, 50 clients for 5 s,
// and the server's memory, as `npm run bench` measures the council graph.
// Usage: npm run bench:archimate -- [--elements 20000] [--runs 21]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadMetamodelFile } from '../server/src/app/metamodel-file.js';
import {
  CODE_METAMODEL,
  parseBatch,
  type GraphBatch,
  type Metamodel,
} from '../server/src/domain/metamodel/index.js';
import { openLadybugStore } from '../server/src/store/ladybug/open-ladybug.js';
import { CachedGraphStore } from '../server/src/store/read-cache/cached-store.js';
import { runConcurrentClients, type QueryKind } from './concurrent-clients.js';
import { generateArchimateGraph } from './generate-archimate.js';
import { generateGraph } from './generate.js';
import { graphql, PRODUCTION_ENV, startServerProcess } from './server-process.js';
import { neighbourhoodQuery, searchQuery } from './synthetic-queries.js';
import { fmtMiB, fmtMs, log, once, round, sample } from './timing.js';

const { values } = parseArgs({
  options: { elements: { type: 'string', default: '20000' }, runs: { type: 'string', default: '21' } },
});
const elements = Number(values.elements);
const runs = Number(values.runs);

/** The node the most relationships bear impact from, under the metamodel's directions of impact. */
function hubOf(batch: GraphBatch, metamodel: Metamodel): string {
  const counts = new Map<string, number>();
  for (const r of batch.relationships) {
    const impact = metamodel.rules[r.type]?.impact ?? 'NONE';
    if (impact === 'NONE') continue;
    const provider = impact === 'SOURCE' ? r.to : r.from;
    counts.set(provider, (counts.get(provider) ?? 0) + 1);
  }
  return [...counts].reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

const failureQuery = (id: string, hours: number) =>
  `{ impact(events: [{type: NODE_FAILS, id: "${id}", hours: ${hours}}]) { totalAffected counts { kind state count } affected(first: 50) { edges { node { node { id name } state explanation { reason } } } } } }`;

/** The server on the loaded store, over HTTP, as `npm run bench` times the council graph. */
async function viaServer(
  label: string,
  metamodel: Metamodel,
  dataDir: string,
  batch: GraphBatch,
  roots: string[],
) {
  const server = await startServerProcess({ dataDir, env: { ...PRODUCTION_ENV, METAMODEL: label } });
  try {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const idle = server.memory();
    const gql = (query: string) => graphql(server.graphqlUrl, query);
    const hub = hubOf(batch, metamodel);
    const typical = roots[Math.floor(roots.length / 2)]!;
    const searchText = batch.nodes[Math.floor(batch.nodes.length / 2)]!.name;
    let hours = 0;
    const whatIf = await sample(() => gql(failureQuery(hub, ++hours)), { runs });
    const neighbourhood = await sample(() => gql(neighbourhoodQuery(typical)), { runs });
    const search = await sample(() => gql(searchQuery(searchText)), { runs });
    const spread = <T>(items: readonly T[], n: number): T[] =>
      Array.from({ length: n }, (_, i) => items[Math.floor((i * items.length) / n)]!);
    const body = (query: string) => JSON.stringify({ query });
    // As many of each as the main bench's mix (synthetic-queries.ts concurrentMix): 15 what-ifs fit
    // the server's cache of recent reports, as a team looking at a few outages does.
    const searches: QueryKind = {
      kind: 'search',
      bodies: spread(batch.nodes, 7).map((n) => body(searchQuery(n.name))),
    };
    const hoods: QueryKind = {
      kind: 'neighbourhood',
      bodies: spread(roots, 8).map((id) => body(neighbourhoodQuery(id))),
    };
    const impacts: QueryKind = {
      kind: 'impact',
      bodies: [hub, ...spread(roots, 14)].map((id, i) => body(failureQuery(id, i + 1))),
    };
    const clients = await runConcurrentClients({
      url: server.graphqlUrl,
      connections: 50,
      seconds: 5,
      sequence: [searches, hoods, searches, hoods, impacts],
    });
    const peak = server.memory();
    log(
      `${label} over HTTP: start ${fmtMs(server.startMs)}; what-if from ${hub} ${fmtMs(whatIf.median)}, ` +
        `neighbourhood ${fmtMs(neighbourhood.median)}, search ${fmtMs(search.median)}; 50 clients ` +
        `${clients.requestsPerSecond}/s, p99 ${fmtMs(clients.latencyMs?.p99)}, ${clients.errors.total} errors; ` +
        `memory idle ${fmtMiB(idle.rssBytes)}, peak ${fmtMiB(peak.peakRssBytes)}`,
    );
    return {
      startMs: server.startMs,
      whatIfHub: hub,
      whatIf,
      neighbourhood,
      search,
      clients: {
        requestsPerSecond: clients.requestsPerSecond,
        latencyMs: clients.latencyMs,
        byKind: clients.byKind,
        errors: clients.errors.total,
      },
      memory: { idleRssBytes: idle.rssBytes, peakRssBytes: peak.peakRssBytes },
    };
  } finally {
    await server.stop();
  }
}

async function run(label: string, metamodel: Metamodel, raw: unknown, starts: (id: string) => boolean) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `explorer-bench-${label}-`));
  const file = path.join(dir, 'graph.lbug');
  try {
    const [parseMs, batch] = await once(() => parseBatch(raw, metamodel));
    const count = batch.nodes.length + batch.relationships.length;
    const store = await openLadybugStore(file, { metamodel });
    const [loadMs] = await once(() => store.applyBatch(batch));
    await store.close();
    const [startMs, cached] = await once(async () => {
      const opened = new CachedGraphStore(await openLadybugStore(file, { metamodel }));
      await opened.warm();
      return opened;
    });
    const roots = batch.nodes.map((n) => n.id).filter(starts);
    let i = 0;
    const hood = await sample(
      () => cached.neighbourhood({ id: roots[i++ % roots.length]!, depth: 2, limit: 500 }),
      {
        runs,
      },
    );
    await cached.close();
    const server = await viaServer(label, metamodel, dir, batch, roots);
    const result = {
      metamodel: label,
      nodes: batch.nodes.length,
      relationships: batch.relationships.length,
      parseMs,
      loadMs,
      loadElementsPerSecond: Math.round((count / (parseMs + loadMs)) * 1000),
      startMs,
      neighbourhoodDepth2: hood,
      server,
    };
    log(
      `${label}: ${batch.nodes.length} nodes, ${batch.relationships.length} relationships; parse ${fmtMs(parseMs)}, ` +
        `load ${fmtMs(loadMs)} (${result.loadElementsPerSecond} elements/s with the parse), start-up ${fmtMs(startMs)}, ` +
        `depth-2 neighbourhood median ${fmtMs(hood.median)} (p95 ${fmtMs(hood.p95)})`,
    );
    return result;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  }
}

const archimate = await loadMetamodelFile('archimate');
const profile = await run('archimate', archimate, generateArchimateGraph(elements), (id) =>
  id.startsWith('applicationcomponent:'),
);
const council = await run('council', CODE_METAMODEL, generateGraph(elements), (id) =>
  id.startsWith('system:'),
);
const ratio = round(profile.loadElementsPerSecond / council.loadElementsPerSecond);
log(`ArchiMate against council at ${elements} nodes: load rate ${ratio}×`);
console.log(JSON.stringify({ elements, archimate: profile, council, loadRateRatio: ratio }, null, 2));
