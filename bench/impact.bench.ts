// Impact benchmark: for synthetic graphs of 1k, 10k and 100k nodes, in one run, the in-memory
// breadth-first floor, impact through the domain API, the projection build, the load into the
// embedded store (and the raw COPY rate beside it), and impact, neighbourhood and search through
// GraphQL over HTTP on loopback. Prints a markdown table; writes bench/results/impact.{json,md}.
// Usage: npx tsx bench/impact.bench.ts [--quick] [--sizes=1000,100000]   (--quick: 1k and 10k only)
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import lbug from '@ladybugdb/core';
import {
  analyseImpact,
  buildProjection,
  explain,
  propagate,
  seedsFor,
  type ImpactEvent,
  type Projection,
} from '../server/src/domain/impact/index.js';
import {
  RELATIONSHIP_RULES,
  type GraphBatch,
  type RelationshipType,
} from '../server/src/domain/metamodel/index.js';
import { openLadybugStore, schemaStatements } from '../server/src/store/ladybug/open-ladybug.js';
import {
  NODE_COLUMNS,
  RELATIONSHIP_COLUMNS,
  nodeToRow,
  relationshipToRow,
} from '../server/src/store/records.js';
import { startTestServer } from '../tests/fixtures/test-server.js';
import { fanIn, generateGraph, highestFanIn, topologyOf } from './generate.js';
import { SPLIT_NODES, runLoadChild, timeReads, type LoadResult, type ReadTiming } from './store-load.js';
import { fmtMs, fmtRate, log, once, round, sample, sizeLabel, type Sample } from './timing.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const RESULTS = path.join(HERE, 'results');
/** One applyBatch of the whole graph is abandoned past this, and the load is split. */
const SINGLE_LOAD_LIMIT_MS = 6 * 60_000;

// ---------------------------------------------------------------------------------------------
// The floor: breadth-first search over plain arrays of dependants

function floorGraph(batch: GraphBatch): { index: Map<string, number>; dependants: number[][] } {
  const index = new Map(batch.nodes.map((n, i) => [n.id, i]));
  const dependants: number[][] = Array.from({ length: batch.nodes.length }, () => []);
  for (const r of batch.relationships) {
    const impact = RELATIONSHIP_RULES[r.type].impact;
    if (impact === 'NONE') continue;
    const [provider, dependant] = impact === 'SOURCE' ? [r.to, r.from] : [r.from, r.to];
    dependants[index.get(provider)!]!.push(index.get(dependant)!);
  }
  return { index, dependants };
}

function bfs(dependants: number[][], source: number): number {
  const seen = new Uint8Array(dependants.length);
  const queue = [source];
  seen[source] = 1;
  for (let head = 0; head < queue.length; head++) {
    for (const next of dependants[queue[head]!]!) {
      if (!seen[next]) {
        seen[next] = 1;
        queue.push(next);
      }
    }
  }
  return queue.length;
}

// ---------------------------------------------------------------------------------------------
// The raw COPY rate on the same schema

/** CSV the way LadybugDB's COPY reads it: every field quoted, quotes doubled, lists as [a,b]. */
const csvField = (value: string | string[] | null): string =>
  value === null ? '' : `"${(Array.isArray(value) ? `[${value.join(',')}]` : value).replace(/"/g, '""')}"`;

interface CopyResult {
  readonly csvMs: number;
  readonly copyMs: number;
  readonly elements: number;
  readonly elementsPerSecond: number;
}

/** The raw rate: the product's schema, rows as the product makes them, written with COPY FROM csv. */
async function rawCopy(batch: GraphBatch, dir: string): Promise<CopyResult> {
  const t0 = performance.now();
  const nodeFile = path.join(dir, 'nodes.csv');
  const nodeLines = batch.nodes.map((n) => {
    const row = nodeToRow(n, 1);
    return NODE_COLUMNS.map((c) => csvField(row[c.name] ?? null)).join(',');
  });
  fs.writeFileSync(nodeFile, nodeLines.join('\n'));
  const byType = new Map<RelationshipType, string[]>();
  for (const r of batch.relationships) {
    const row = relationshipToRow(r);
    const line = [row.src, row.dst, ...RELATIONSHIP_COLUMNS.map((c) => row[c.name] ?? null)]
      .map((v) => csvField(v ?? null))
      .join(',');
    (byType.get(r.type) ?? byType.set(r.type, []).get(r.type)!).push(line);
  }
  for (const [type, lines] of byType) fs.writeFileSync(path.join(dir, `${type}.csv`), lines.join('\n'));
  const csvMs = performance.now() - t0;

  const db = new lbug.Database(path.join(dir, 'copy.lbug'));
  const conn = new lbug.Connection(db);
  try {
    for (const statement of schemaStatements()) await conn.query(statement);
    const t1 = performance.now();
    await conn.query(`COPY Node FROM '${nodeFile}' (HEADER=false)`);
    for (const type of byType.keys()) {
      await conn.query(`COPY \`${type}\` FROM '${path.join(dir, `${type}.csv`)}' (HEADER=false)`);
    }
    const copyMs = performance.now() - t1;
    const counted = await conn.query('MATCH (:Node)-[e]->(:Node) RETURN count(e) AS c');
    const [row] = (await (Array.isArray(counted) ? counted[0]! : counted).getAll()) as { c: number }[];
    if (Number(row?.c) !== batch.relationships.length) {
      throw new Error(`bench: COPY loaded ${row?.c} relationships, not ${batch.relationships.length}`);
    }
    const elements = batch.nodes.length + batch.relationships.length;
    return {
      csvMs: round(csvMs),
      copyMs: round(copyMs),
      elements,
      elementsPerSecond: Math.round((elements / copyMs) * 1000),
    };
  } finally {
    await conn.close();
    await db.close();
  }
}

// ---------------------------------------------------------------------------------------------
// One size

interface SizeResult {
  readonly nodes: number;
  readonly relationships: number;
  readonly impactEdges: number;
  readonly generateMs: number;
  readonly hub: { readonly id: string; readonly directDependants: number };
  readonly floor: Sample & { readonly reached: number };
  readonly projectionBuild: Sample;
  readonly domainImpact: Sample & { readonly affected: number };
  readonly domainBreakdown: { readonly propagate: Sample; readonly explainAll: Sample };
  readonly load: LoadResult;
  readonly loadNote?: string;
  readonly rawCopy: CopyResult;
  readonly exportTopologyMs: number;
  readonly exportTopologyReads: readonly ReadTiming[];
  readonly graphql: {
    readonly firstCallMs: number;
    readonly impact: Sample & { readonly totalAffected: number };
    readonly neighbourhood: Sample & { readonly id: string; readonly nodes: number };
    readonly neighbourhoodHub: Sample & { readonly nodes: number };
    readonly search: Sample & { readonly totalCount: number };
  };
  readonly ratios: { readonly domainOverFloor: number; readonly graphqlOverFloor: number };
}

async function benchSize(nodes: number): Promise<SizeResult> {
  log(`${sizeLabel(nodes)}: generating`);
  const [generateMs, batch] = await once(() => generateGraph(nodes));
  const hub = highestFanIn(batch);
  const events: ImpactEvent[] = [{ type: 'NODE_FAILS', id: hub }];

  log(`${sizeLabel(nodes)}: floor, projection, domain impact (hub ${hub})`);
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
  const run = propagate(p, seedsFor(p, events));
  const domainBreakdown = {
    propagate: await sample(() => propagate(p, seedsFor(p, events)), { budgetMs: 30_000 }),
    explainAll: await sample(() => run.reached.map((n) => explain(p, run, n)), { budgetMs: 30_000 }),
  };

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
    let load = await runLoadChild(nodes, file, 'single', SINGLE_LOAD_LIMIT_MS);
    if (!load) {
      loadNote = `one applyBatch of the whole graph did not finish in ${SINGLE_LOAD_LIMIT_MS / 60_000} min; loaded in batches of ${SPLIT_NODES.toLocaleString('en-GB')} nodes, then their relationships`;
      log(`${sizeLabel(nodes)}: ${loadNote}`);
      file = path.join(dir, 'split', 'graph.lbug');
      load = (await runLoadChild(nodes, file, 'split', 4 * SINGLE_LOAD_LIMIT_MS))!;
      if (!load) throw new Error('bench: the split load did not finish either');
    }

    log(`${sizeLabel(nodes)}: GraphQL over HTTP`);
    const store = await openLadybugStore(file);
    const clientDir = path.join(dir, 'client');
    fs.mkdirSync(clientDir);
    const exported = await timeReads(store, () => store.exportTopology());
    const server = await startTestServer(store, { clientDir });
    try {
      const gql = async <T>(query: string): Promise<T> => {
        const response = await fetch(server.graphqlUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query }),
        });
        const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
        if (body.errors?.length || !body.data) {
          throw new Error(`bench: GraphQL error: ${JSON.stringify(body.errors)}\n${query}`);
        }
        return body.data;
      };

      const impactQuery = `{ impact(events: [{type: NODE_FAILS, id: "${hub}"}]) { totalAffected counts { kind state count } affected(first: 50) { items { node { id name } state explanation { reason } } } } }`;
      type ImpactData = { impact: { totalAffected: number } };
      const [firstCallMs, first] = await once(() => gql<ImpactData>(impactQuery));
      const impact = await sample(() => gql<ImpactData>(impactQuery));

      const typical = typicalSystem(batch);
      const neighbourhoodQuery = (id: string) =>
        `{ neighbourhood(id: "${id}", depth: 2, limit: 300) { truncated nodes { id name kind } relationships { id type } } }`;
      type Sub = { neighbourhood: { nodes: unknown[] } };
      const near = await gql<Sub>(neighbourhoodQuery(typical));
      const neighbourhood = await sample(() => gql<Sub>(neighbourhoodQuery(typical)));
      const nearHub = await gql<Sub>(neighbourhoodQuery(hub));
      const neighbourhoodHub = await sample(() => gql<Sub>(neighbourhoodQuery(hub)), {
        warmups: 1,
        budgetMs: 60_000,
      });
      const searchQuery = '{ search(text: "s-0001", first: 20) { totalCount edges { node { id name } } } }';
      type Found = { search: { totalCount: number } };
      const found = await gql<Found>(searchQuery);
      const search = await sample(() => gql<Found>(searchQuery));

      return {
        nodes: batch.nodes.length,
        relationships: batch.relationships.length,
        impactEdges: p.edgeCount,
        generateMs,
        hub: { id: hub, directDependants: fanIn(batch).get(hub) ?? 0 },
        floor: { ...floor, reached },
        projectionBuild,
        domainImpact: { ...domainImpact, affected },
        domainBreakdown,
        load,
        ...(loadNote ? { loadNote } : {}),
        rawCopy: copy,
        exportTopologyMs: exported.ms,
        exportTopologyReads: exported.reads,
        graphql: {
          firstCallMs,
          impact: { ...impact, totalAffected: first.impact.totalAffected },
          neighbourhood: { ...neighbourhood, id: typical, nodes: near.neighbourhood.nodes.length },
          neighbourhoodHub: { ...neighbourhoodHub, nodes: nearHub.neighbourhood.nodes.length },
          search: { ...search, totalCount: found.search.totalCount },
        },
        ratios: {
          domainOverFloor: round(domainImpact.median / floor.median, 1),
          graphqlOverFloor: round(impact.median / floor.median, 1),
        },
      };
    } finally {
      await server.close();
      await store.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** An application system of median degree: what a user usually opens. */
function typicalSystem(batch: GraphBatch): string {
  const degree = new Map<string, number>();
  for (const r of batch.relationships) {
    degree.set(r.from, (degree.get(r.from) ?? 0) + 1);
    degree.set(r.to, (degree.get(r.to) ?? 0) + 1);
  }
  const apps = batch.nodes.filter((n) => n.kind === 'System' && n.category === 'APPLICATION');
  const sorted = apps.map((n) => [n.id, degree.get(n.id) ?? 0] as const).sort((a, b) => a[1] - b[1]);
  return sorted[Math.floor(sorted.length / 2)]![0];
}

// ---------------------------------------------------------------------------------------------
// Report

function machine() {
  const cpus = os.cpus();
  const ladybug = JSON.parse(
    fs.readFileSync(path.join(HERE, '..', 'node_modules', '@ladybugdb', 'core', 'package.json'), 'utf8'),
  ) as { version: string };
  const git = (args: string) => {
    try {
      return execSync(`git ${args}`, { cwd: path.join(HERE, '..'), encoding: 'utf8' }).trim();
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

function table(results: SizeResult[]): string {
  const head = `| | ${results.map((r) => `${sizeLabel(r.nodes)} nodes`).join(' | ')} |`;
  const rule = `| --- | ${results.map(() => '---:').join(' | ')} |`;
  const row = (label: string, cell: (r: SizeResult) => string) =>
    `| ${label} | ${results.map(cell).join(' | ')} |`;
  const mp = (s: Sample) => `${fmtMs(s.median)} (p95 ${fmtMs(s.p95)})`;
  return [
    head,
    rule,
    row(
      'relationships (impact-bearing)',
      (r) => `${r.relationships.toLocaleString('en-GB')} (${r.impactEdges.toLocaleString('en-GB')})`,
    ),
    row(
      'hub: id, direct dependants',
      (r) => `${r.hub.id}, ${r.hub.directDependants.toLocaleString('en-GB')}`,
    ),
    row(
      'floor: BFS over arrays from the hub',
      (r) => `${mp(r.floor)}, ${r.floor.reached.toLocaleString('en-GB')} reached`,
    ),
    row(
      '**domain impact** `analyseImpact` (prebuilt projection)',
      (r) => `**${mp(r.domainImpact)}**, ${r.domainImpact.affected.toLocaleString('en-GB')} affected`,
    ),
    row('  of which `propagate` (incl. down hours)', (r) => mp(r.domainBreakdown.propagate)),
    row('  of which `explain` for every affected node', (r) => mp(r.domainBreakdown.explainAll)),
    row('**domain impact / floor**', (r) => `**${r.ratios.domainOverFloor}×**`),
    row('projection build from topology', (r) => mp(r.projectionBuild)),
    row(
      '**load: `applyBatch`**',
      (r) =>
        `**${fmtRate(r.load.elementsPerSecond)}** (${fmtMs(r.load.ms)}, ${r.load.mode}${r.load.batches > 1 ? `, ${r.load.batches} batches` : ''})`,
    ),
    row(
      'raw `COPY FROM` csv, same schema',
      (r) =>
        `${fmtRate(r.rawCopy.elementsPerSecond)} (${fmtMs(r.rawCopy.copyMs)}; csv ${fmtMs(r.rawCopy.csvMs)})`,
    ),
    row(
      'load / raw COPY',
      (r) => `${((100 * r.load.elementsPerSecond) / r.rawCopy.elementsPerSecond).toFixed(1)} %`,
    ),
    row('`exportTopology` from the store', (r) => {
      const top = r.exportTopologyReads[0];
      return top
        ? `${fmtMs(r.exportTopologyMs)} (${top.label}: ${fmtMs(top.ms)} for ${top.rowsOut.toLocaleString('en-GB')} rows, ${top.calls} calls)`
        : fmtMs(r.exportTopologyMs);
    }),
    row('GraphQL impact: first call (builds the projection)', (r) => fmtMs(r.graphql.firstCallMs)),
    row('**GraphQL impact** (counts + first 50 with explanations)', (r) => `**${mp(r.graphql.impact)}**`),
    row('**GraphQL impact / floor**', (r) => `**${r.ratios.graphqlOverFloor}×**`),
    row(
      'GraphQL neighbourhood depth 2, limit 300: typical system',
      (r) => `${mp(r.graphql.neighbourhood)}, ${r.graphql.neighbourhood.nodes} nodes`,
    ),
    row(
      'GraphQL neighbourhood depth 2, limit 300: the hub',
      (r) => `${mp(r.graphql.neighbourhoodHub)}, ${r.graphql.neighbourhoodHub.nodes} nodes`,
    ),
    row(
      'GraphQL search "s-0001", first 20',
      (r) => `${mp(r.graphql.search)}, ${r.graphql.search.totalCount} found`,
    ),
  ].join('\n');
}

function loadBreakdown(results: SizeResult[]): string {
  return results
    .map((r) => {
      const lines = r.load.statements
        .slice(0, 8)
        .map((s) => `| ${s.label} | ${s.calls} | ${s.rows.toLocaleString('en-GB')} | ${fmtMs(s.ms)} |`);
      return [
        `**${sizeLabel(r.nodes)} nodes** (${r.load.mode}${r.loadNote ? `: ${r.loadNote}` : ''}): JavaScript inside the transaction, outside statements ${fmtMs(r.load.jsInTransactionMs)}; BEGIN/COMMIT ${fmtMs(r.load.beginCommitMs)}`,
        '',
        '| statement | calls | rows in | time |',
        '| --- | ---: | ---: | ---: |',
        ...lines,
      ].join('\n');
    })
    .join('\n\n');
}

interface Target {
  readonly name: string;
  readonly target: string;
  readonly measured: string;
  readonly met: boolean;
}

function targets(r: SizeResult): Target[] {
  return [
    {
      name: 'domain impact vs floor',
      target: '≤ 3×',
      measured: `${r.ratios.domainOverFloor}×`,
      met: r.ratios.domainOverFloor <= 3,
    },
    {
      name: 'GraphQL impact median',
      target: '≤ 100 ms',
      measured: fmtMs(r.graphql.impact.median),
      met: r.graphql.impact.median <= 100,
    },
    {
      name: 'GraphQL impact vs floor',
      target: '≤ 10×',
      measured: `${r.ratios.graphqlOverFloor}×`,
      met: r.ratios.graphqlOverFloor <= 10,
    },
    {
      name: 'bulk load (applyBatch)',
      target: '≥ 50,000 elements/s (DESIGN.md: ≥ 100,000 and ≥ 20 % of raw COPY)',
      measured: `${fmtRate(r.load.elementsPerSecond)}, ${((100 * r.load.elementsPerSecond) / r.rawCopy.elementsPerSecond).toFixed(1)} % of COPY`,
      met: r.load.elementsPerSecond >= 50_000,
    },
  ];
}

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
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
  for (const n of sizes) results.push(await benchSize(n));
  const largest = results[results.length - 1]!;
  const checks = targets(largest);
  const finished = { ...facts, loadAverageAtEnd: os.loadavg().map((x) => round(x)) };

  const markdown = [
    `# Impact benchmark${quick ? ' (--quick)' : ''}`,
    '',
    `${new Date().toISOString()}, commit ${facts.commit}: ${facts.cpu}, ${facts.cores} cores, ${facts.memoryGiB} GiB, Node ${facts.node}, ${facts.platform}, LadybugDB ${facts.ladybugdb}. Load average ${facts.loadAverageAtStart.join(' / ')} at start, ${finished.loadAverageAtEnd.join(' / ')} at the end. Whole run ${(
      (performance.now() - began) /
      1000
    ).toFixed(0)} s.`,
    '',
    `Graphs from \`bench/generate.ts\` (seed 42, about 5 relationships per node). Event: the highest-fan-in node fails. Medians (p95) over up to 21 runs after warm-ups (the floor: 51 runs after 30).`,
    '',
    table(results),
    '',
    `## Targets at ${sizeLabel(largest.nodes)} nodes`,
    '',
    '| target | wanted | measured | |',
    '| --- | --- | --- | --- |',
    ...checks.map((c) => `| ${c.name} | ${c.target} | ${c.measured} | ${c.met ? 'met' : '**missed**'} |`),
    '',
    '## Where the load spends its time',
    '',
    loadBreakdown(results),
    '',
  ].join('\n');

  fs.mkdirSync(RESULTS, { recursive: true });
  fs.writeFileSync(
    path.join(RESULTS, 'impact.json'),
    `${JSON.stringify({ quick, when: new Date().toISOString(), machine: finished, results, targets: { nodes: largest.nodes, checks } }, null, 2)}\n`,
  );
  fs.writeFileSync(path.join(RESULTS, 'impact.md'), markdown);
  console.log(markdown);
}

await main();
