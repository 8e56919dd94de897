// What Neo4j itself costs per record, as an anchor for the product's import (neo4j-load.bench.ts):
// the generated graph written straight through the driver with plain UNWIND … CREATE, in
// transactions of the size the staged import uses, one variant at a time, each under labels and
// relationship types of its own in one fresh Neo4j (the same as the benches start). For each:
// wall time, Neo4j's CPU time (its JVM, from /proc) and the driver's, per element.
// Variants: bare nodes and relationships (ids only), the product's rows (every column) without
// and with the relationship-id constraints or indexes, and the history written as one node per
// element (with the product's four indexes) or as one record per transaction.
// Usage: npx tsx bench/neo4j-anchor.bench.ts [--nodes=20000] [--variants=a,b]
import fs from 'node:fs';
import neo4j, { type Driver } from 'neo4j-driver';
import { startNeo4j } from '../tests/neo4j/launch.js';
import { relationshipToRow, nodeToRow } from '../server/src/store/records.js';
import { defaultRelationshipId, type GraphRelationship } from '../server/src/domain/metamodel/index.js';
import { generateGraph } from './generate.js';
import { BENCH_NEO4J } from './neo4j-size.js';
import { fmtMs, log } from './timing.js';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const nodes = Number(arg('nodes') ?? 20_000);
/** Records per transaction and per statement, as the staged import (neo4j-session.ts). */
const TX_ROWS = Number(arg('tx') ?? 10_000);
const CHUNK = Number(arg('chunk') ?? 5_000);

function jvmCpuMs(pid: number | undefined): number {
  if (pid === undefined) return Number.NaN;
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Numbers as Neo4j integers, nulls left out (as the product's session sends rows). */
const clean = (row: Record<string, unknown>) => {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) if (v !== null && v !== undefined) out[k] = v;
  return out;
};

const batch = generateGraph(nodes);
const rels: GraphRelationship[] = batch.relationships.map(
  (r) => ({ ...r, id: r.id ?? defaultRelationshipId(r.from, r.type, r.to) }) as GraphRelationship,
);
const nodeRows = batch.nodes.map((n) => clean(nodeToRow(n, 1)));
const relRows = rels.map((r) => clean(relationshipToRow(r)));
const types = [...new Set(rels.map((r) => r.type))];
const elements = nodeRows.length + relRows.length;

interface Variant {
  readonly name: string;
  readonly what: string;
  readonly schema: (p: string) => string[];
  /** The statements of one transaction's worth of nodes or relationships. */
  readonly nodes: (p: string) => string;
  readonly rels: (p: string, type: string) => string;
  readonly fullRows: boolean;
  /** History: per element (a node each) or per transaction (one record), or none. */
  readonly history: 'none' | 'each' | 'each-1-index' | 'bulk' | 'bulk-nofulltext';
  readonly relIndex?: 'constraint' | 'range' | 'none';
}

const nodeProps = (full: boolean) =>
  full
    ? Object.keys(nodeRows.reduce<Record<string, unknown>>((a, r) => Object.assign(a, r), {}))
        .map((k) => `\`${k}\`: r.\`${k}\``)
        .join(', ')
    : 'id: r.id';
const relProps = (full: boolean) =>
  full
    ? Object.keys(relRows.reduce<Record<string, unknown>>((a, r) => Object.assign(a, r), {}))
        .filter((k) => !['src', 'dst', 'type'].includes(k))
        .map((k) => `\`${k}\`: r.\`${k}\``)
        .join(', ')
    : 'id: r.id';

const variant = (
  name: string,
  what: string,
  fullRows: boolean,
  relIndex: 'constraint' | 'range' | 'none',
  history: Variant['history'],
): Variant => ({
  name,
  what,
  fullRows,
  history,
  relIndex,
  schema: (p) => [
    `CREATE CONSTRAINT ${p}_node_id IF NOT EXISTS FOR (n:${p}Node) REQUIRE n.id IS UNIQUE`,
    ...(fullRows ? [`CREATE INDEX ${p}_node_kind IF NOT EXISTS FOR (n:${p}Node) ON (n.kind)`] : []),
    ...types.flatMap((t) =>
      relIndex === 'constraint'
        ? [`CREATE CONSTRAINT ${p}_rel_${t} IF NOT EXISTS FOR ()-[e:${p}${t}]-() REQUIRE e.id IS UNIQUE`]
        : relIndex === 'range'
          ? [`CREATE INDEX ${p}_rel_${t} IF NOT EXISTS FOR ()-[e:${p}${t}]-() ON (e.id)`]
          : [],
    ),
    ...(history === 'each' || history === 'each-1-index'
      ? [`CREATE INDEX ${p}_change_order IF NOT EXISTS FOR (c:${p}Change) ON (c.version, c.idx)`]
      : []),
    ...(history === 'each'
      ? ['src', 'dst', 'targetId'].map(
          (f) => `CREATE INDEX ${p}_change_${f} IF NOT EXISTS FOR (c:${p}Change) ON (c.${f})`,
        )
      : []),
    ...(history === 'bulk' || history === 'bulk-nofulltext'
      ? [`CREATE INDEX ${p}_block_order IF NOT EXISTS FOR (c:${p}ChangeBlock) ON (c.version, c.first)`]
      : []),
    ...(history === 'bulk'
      ? [
          `CREATE FULLTEXT INDEX ${p}_block_subjects IF NOT EXISTS FOR (b:${p}ChangeBlock) ON EACH [b.targetIds, b.srcs, b.dsts] ` +
            "OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}}",
        ]
      : []),
  ],
  nodes: (p) => `UNWIND $rows AS r CREATE (n:${p}Node {${nodeProps(fullRows)}})`,
  rels: (p, t) =>
    `UNWIND $rows AS r MATCH (a:${p}Node {id: r.src}) WITH a, r MATCH (b:${p}Node {id: r.dst}) ` +
    `CREATE (a)-[e:${p}${t} {${relProps(fullRows)}}]->(b)`,
});

const VARIANTS: Variant[] = [
  // A fresh JVM compiles as it goes: the first variant pays for it; this one is not counted.
  variant('warm-up', 'hist-each, to warm the JVM up (not an anchor)', true, 'constraint', 'each'),
  variant('bare', 'ids only; node-id constraint; no relationship index; no history', false, 'none', 'none'),
  variant(
    'rows',
    'every column; node-id constraint, kind index; no relationship index',
    true,
    'none',
    'none',
  ),
  variant('rows-relrange', 'rows + a RANGE index on relationship ids per type', true, 'range', 'none'),
  variant(
    'rows-relunique',
    'rows + a uniqueness constraint on relationship ids per type',
    true,
    'constraint',
    'none',
  ),
  variant(
    'hist-each',
    'rows-relunique + a history node per element, 4 indexes (the product today)',
    true,
    'constraint',
    'each',
  ),
  variant(
    'hist-each-1',
    'rows-relunique + a history node per element, 1 index',
    true,
    'constraint',
    'each-1-index',
  ),
  variant(
    'hist-bulk',
    'rows-relunique + history in blocks of parallel lists, with a keyword full-text index on their subjects',
    true,
    'constraint',
    'bulk',
  ),
  variant(
    'hist-bulk-noft',
    'hist-bulk without the full-text index (nothing finds a subject’s entries)',
    true,
    'constraint',
    'bulk-nofulltext',
  ),
];

async function runVariant(driver: Driver, pid: number | undefined, v: Variant, prefix: string) {
  for (const s of v.schema(prefix)) await driver.executeQuery(s);
  await driver.executeQuery('CALL db.awaitIndexes(300)');
  // Records in transaction-sized slices: nodes first, then relationships by type.
  const slices: { kind: 'node' | 'rel'; type?: string; rows: Record<string, unknown>[] }[] = [];
  for (let i = 0; i < nodeRows.length; i += TX_ROWS)
    slices.push({ kind: 'node', rows: nodeRows.slice(i, i + TX_ROWS) });
  for (let i = 0; i < relRows.length; i += TX_ROWS)
    slices.push({ kind: 'rel', rows: relRows.slice(i, i + TX_ROWS) });
  const cpu0 = jvmCpuMs(pid);
  const own0 = process.cpuUsage();
  const t0 = performance.now();
  let idx = 0;
  for (const slice of slices) {
    const session = driver.session();
    const tx = session.beginTransaction();
    if (slice.kind === 'node') {
      for (let i = 0; i < slice.rows.length; i += CHUNK)
        await tx.run(v.nodes(prefix), { rows: slice.rows.slice(i, i + CHUNK) });
    } else {
      const byType = new Map<string, Record<string, unknown>[]>();
      for (const r of slice.rows) {
        const list = byType.get(String(r.type)) ?? [];
        list.push(r);
        byType.set(String(r.type), list);
      }
      for (const [t, rows] of byType)
        for (let i = 0; i < rows.length; i += CHUNK)
          await tx.run(v.rels(prefix, t), { rows: rows.slice(i, i + CHUNK) });
    }
    const entries = slice.rows.map((r) => ({
      id: `1:${idx}`,
      version: neo4j.int(1),
      idx: neo4j.int(idx++),
      at: '2026-01-01T00:00:00.000Z',
      actor: 'system',
      action: 'CREATE',
      target: slice.kind === 'node' ? 'NODE' : 'RELATIONSHIP',
      targetId: r.id,
      ...(slice.kind === 'rel' ? { src: r.src, dst: r.dst } : {}),
    }));
    if (v.history === 'each' || v.history === 'each-1-index') {
      for (let i = 0; i < entries.length; i += CHUNK)
        await tx.run(
          `UNWIND $rows AS r CREATE (c:${prefix}Change {id: r.id, version: r.version, idx: r.idx, at: r.at, actor: r.actor, action: r.action, target: r.target, targetId: r.targetId, src: r.src, dst: r.dst})`,
          { rows: entries.slice(i, i + CHUNK) },
        );
    } else if (v.history === 'bulk' || v.history === 'bulk-nofulltext') {
      // A block per statement of rows, its entries' fields in parallel lists (tried in the
      // product and measured: with the full-text index its subjects need, no cheaper than a
      // node per entry).
      const insert =
        `WITH $rows AS rows WHERE size(rows) > 0 CREATE (b:${prefix}ChangeBlock {version: rows[0].version, ` +
        'first: rows[0].idx, last: rows[size(rows) - 1].idx, at: rows[0].at, actor: rows[0].actor, ' +
        'actions: [r IN rows | r.action], targets: [r IN rows | r.target], targetIds: [r IN rows | r.targetId], ' +
        "srcs: [r IN rows | coalesce(r.src, '')], dsts: [r IN rows | coalesce(r.dst, '')]})";
      for (let i = 0; i < entries.length; i += CHUNK)
        await tx.run(insert, { rows: entries.slice(i, i + CHUNK) });
    }
    await tx.commit();
    await session.close();
  }
  const ms = performance.now() - t0;
  const own = process.cpuUsage(own0);
  const jvm = jvmCpuMs(pid) - cpu0;
  return { ms, jvm, ownMs: (own.user + own.system) / 1000, transactions: slices.length };
}

const only = arg('variants')?.split(',');
const server = await startNeo4j({ ...BENCH_NEO4J, password: 'bench-neo4j-password' });
const driver = neo4j.driver(server.uri, neo4j.auth.basic(server.user, server.password), {
  disableLosslessIntegers: true,
});
try {
  log(
    `anchor: ${nodeRows.length} nodes + ${relRows.length} relationships = ${elements} elements, ` +
      `${TX_ROWS} records per transaction, ${CHUNK} rows per statement; load average ${fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`,
  );
  const results = [];
  for (const [i, v] of VARIANTS.entries()) {
    if (only && !only.includes(v.name)) continue;
    const r = await runVariant(driver, server.pid, v, `V${i}`);
    const perCpuS = Math.round(elements / ((r.jvm + r.ownMs) / 1000));
    log(
      `${v.name.padEnd(15)} ${fmtMs(r.ms).padStart(8)}  ${String(Math.round((elements / r.ms) * 1000)).padStart(6)} el/s  ` +
        `Neo4j CPU ${fmtMs(r.jvm)} (${((r.jvm * 1000) / elements).toFixed(1)} µs/el), driver ${fmtMs(r.ownMs)}: ` +
        `${perCpuS} el/CPU s; load ${fs.readFileSync('/proc/loadavg', 'utf8').split(' ')[0]} — ${v.what}`,
    );
    results.push({ variant: v.name, ...r, elements });
  }
  console.log(JSON.stringify(results));
} finally {
  await driver.close();
  await server.stop();
}
