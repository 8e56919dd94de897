// Loading a store (the embedded one, or Neo4j) through the product's own write path, timed
// statement by statement.
// Run as a child process (`--load-child`), so that a load that blocks the event loop can be
// abandoned at a time limit, and so that it imports only the store, not the API.
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { graphBatchSchema, type GraphBatch } from '../server/src/domain/metamodel/index.js';
import { CypherGraphStore } from '../server/src/store/cypher/cypher-store.js';
import { ladybugDialect, neo4jDialect } from '../server/src/store/cypher/dialect.js';
import { STAGING_STATEMENTS } from '../server/src/store/cypher/staged-batch.js';
import type { CypherTx } from '../server/src/store/cypher/session.js';
import { buildStatements } from '../server/src/store/cypher/statements.js';
import { openLadybugStore } from '../server/src/store/ladybug/open-ladybug.js';
import { openNeo4jStore } from '../server/src/store/neo4j/open-neo4j.js';
import type { Neo4jConnection } from '../server/src/store/neo4j/neo4j-session.js';
import type { GraphStore } from '../server/src/store/port.js';
import neo4jDriver from 'neo4j-driver';
import { generateGraph } from './generate.js';
import { fmtMs, log, round } from './timing.js';

/** Node batches of this size, then their relationships, when one batch of everything is too slow. */
export const SPLIT_NODES = 10_000;
export interface StatementTiming {
  readonly label: string;
  readonly calls: number;
  readonly ms: number;
  readonly rows: number;
  /** The database's CPU time over the statement's calls, when its process is known (Neo4j:
   *  NEO4J_PID in the loader's environment; other work in that process counts too). */
  readonly dbCpuMs?: number;
}

export interface LoadResult {
  readonly mode: 'single' | 'split';
  readonly batches: number;
  readonly batchMs: readonly number[];
  readonly ms: number;
  readonly elements: number;
  readonly elementsPerSecond: number;
  /** Sum over the write transactions: statements, JavaScript between them, BEGIN/COMMIT. */
  readonly statements: StatementTiming[];
  readonly jsInTransactionMs: number;
  readonly beginCommitMs: number;
  /** The database's CPU time over BEGIN and COMMIT (see StatementTiming.dbCpuMs). */
  readonly beginCommitDbCpuMs?: number;
  /** On Neo4j, what went to the server: transactions begun, statements run in them, and round
   *  trips (a statement's RUN and PULL go together, BEGIN rides with the first; COMMIT is one). */
  readonly driver?: DriverCounts;
  /** CPU time of the loading process over the load (user + system). */
  readonly cpuMs?: number;
}

export interface DriverCounts {
  readonly transactions: number;
  readonly statements: number;
  readonly commits: number;
  readonly roundTrips: number;
}

/** Counts the Neo4j driver's explicit transactions, their statements and their commits. */
function countDriverCalls(): () => DriverCounts {
  const proto = neo4jDriver.Transaction.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
  const counts = { transactions: 0, statements: 0, commits: 0 };
  for (const [method, key] of [
    ['_begin', 'transactions'],
    ['run', 'statements'],
    ['commit', 'commits'],
  ] as const) {
    const original = proto[method]!;
    proto[method] = function (this: unknown, ...args: unknown[]) {
      counts[key]++;
      return original.apply(this, args);
    };
  }
  return () => ({ ...counts, roundTrips: counts.statements + counts.commits });
}

/** Wraps the store's write path to time every statement it sends. */
/** The product's statements by text, named by their path in statements.ts
 *  (`createRelationships.DEPENDS_ON`, `inserts.nodes`). */
function statementLabels(): Map<string, string> {
  const labels = new Map<string, string>();
  const walk = (value: unknown, at: string) => {
    if (typeof value === 'string') labels.set(value, at);
    else if (value && typeof value === 'object') {
      const statement = (value as { statement?: unknown }).statement;
      if (typeof statement === 'string') labels.set(statement, at);
      else for (const [key, v] of Object.entries(value)) walk(v, at ? `${at}.${key}` : key);
    }
  };
  walk(buildStatements(ladybugDialect), '');
  walk(buildStatements(neo4jDialect), '');
  walk(STAGING_STATEMENTS, 'staged');
  return labels;
}

export interface ReadTiming {
  readonly label: string;
  readonly calls: number;
  readonly ms: number;
  readonly rowsOut: number;
}

/** Runs `work` with the store's reads timed statement by statement. */
export async function timeReads<T>(
  store: GraphStore,
  work: () => Promise<T>,
): Promise<{ ms: number; result: T; reads: ReadTiming[] }> {
  if (!(store instanceof CypherGraphStore)) throw new Error('bench: expected the Cypher store');
  const labels = statementLabels();
  const stats = new Map<string, { calls: number; ms: number; rowsOut: number }>();
  const session = store.session;
  const read = session.read;
  session.read = async (statement, params) => {
    const t = performance.now();
    const rows = await read.call(session, statement, params);
    const label = labels.get(statement) ?? statement.slice(0, 40);
    const s = stats.get(label) ?? { calls: 0, ms: 0, rowsOut: 0 };
    stats.set(label, {
      calls: s.calls + 1,
      ms: s.ms + performance.now() - t,
      rowsOut: s.rowsOut + rows.length,
    });
    return rows;
  };
  const began = performance.now();
  try {
    const result = await work();
    const reads = [...stats]
      .map(([label, s]) => ({ label, calls: s.calls, ms: round(s.ms), rowsOut: s.rowsOut }))
      .sort((a, b) => b.ms - a.ms);
    return { ms: round(performance.now() - began), result, reads };
  } finally {
    session.read = read;
  }
}

/** A process's CPU time so far (user + system, /proc/<pid>/stat; USER_HZ is 100 on Linux). */
function cpuOf(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

export function instrument(store: GraphStore) {
  if (!(store instanceof CypherGraphStore)) throw new Error('bench: expected the Cypher store');
  const labels = statementLabels();
  const dbPid = Number(process.env.NEO4J_PID) || undefined;
  const dbCpu = () => (dbPid ? cpuOf(dbPid) : 0);
  const stats = new Map<string, { calls: number; ms: number; rows: number; cpu: number }>();
  const totals = { work: 0, write: 0, statements: 0, workCpu: 0, writeCpu: 0 };
  const session = store.session;
  const write = session.write.bind(session);
  /** What a transaction method call is, for the table: its statement's name and the rows it takes. */
  const describe = (method: string, args: unknown[]): { label: string; rowsIn: number | null } => {
    const [first, second] = args as [unknown, unknown];
    const statement =
      typeof first === 'string' ? first : ((first as { statement?: string } | undefined)?.statement ?? '');
    const name = labels.get(statement) ?? (statement.slice(0, 40) || method);
    const params = (typeof first === 'string' ? second : undefined) as Record<string, unknown> | undefined;
    const input = Array.isArray(second) ? second : (params?.rows ?? params?.ids);
    return {
      label: method === 'run' ? name : `${method}: ${name}`,
      rowsIn: Array.isArray(input) ? input.length : null,
    };
  };
  session.write = <T>(work: (tx: CypherTx) => Promise<T>): Promise<T> => {
    const began = performance.now();
    const beganCpu = dbCpu();
    return write(async (tx) => {
      const workBegan = performance.now();
      const workBeganCpu = dbCpu();
      // Every method of the transaction (run, insert, whatever the port adds), timed.
      const timed = new Proxy(tx, {
        get(target, property, receiver) {
          const value: unknown = Reflect.get(target, property, receiver);
          if (typeof value !== 'function') return value;
          return async (...args: unknown[]) => {
            const t = performance.now();
            const c = dbCpu();
            const out: unknown = await (value as (...a: unknown[]) => unknown).apply(target, args);
            const ms = performance.now() - t;
            const cpu = dbCpu() - c;
            const { label, rowsIn } = describe(String(property), args);
            const s = stats.get(label) ?? { calls: 0, ms: 0, rows: 0, cpu: 0 };
            const rows = rowsIn ?? (Array.isArray(out) ? out.length : 0);
            stats.set(label, { calls: s.calls + 1, ms: s.ms + ms, rows: s.rows + rows, cpu: s.cpu + cpu });
            totals.statements += ms;
            return out;
          };
        },
      });
      try {
        return await work(timed);
      } finally {
        totals.work += performance.now() - workBegan;
        totals.workCpu += dbCpu() - workBeganCpu;
      }
    }).finally(() => {
      totals.write += performance.now() - began;
      totals.writeCpu += dbCpu() - beganCpu;
    });
  };
  return () => ({
    statements: [...stats]
      .map(([label, s]) => ({
        label,
        calls: s.calls,
        ms: round(s.ms),
        rows: s.rows,
        ...(dbPid ? { dbCpuMs: s.cpu } : {}),
      }))
      .sort((a, b) => b.ms - a.ms),
    jsInTransactionMs: round(totals.work - totals.statements),
    beginCommitMs: round(totals.write - totals.work),
    ...(dbPid ? { beginCommitDbCpuMs: totals.writeCpu - totals.workCpu } : {}),
  });
}

/** The graph in batches of `size` nodes, then their relationships by source, in the same groups. */
export function splitBatches(batch: GraphBatch, size: number): GraphBatch[] {
  const empty = graphBatchSchema.parse({});
  const group = new Map(batch.nodes.map((n, i) => [n.id, Math.floor(i / size)]));
  const groups = Math.ceil(batch.nodes.length / size);
  const rels = Array.from({ length: groups }, () => [] as GraphBatch['relationships']);
  for (const r of batch.relationships) rels[group.get(r.from)!]!.push(r);
  return [
    ...Array.from({ length: groups }, (_, g) => ({
      ...empty,
      nodes: batch.nodes.slice(g * size, (g + 1) * size),
    })),
    ...rels.map((relationships) => ({ ...empty, relationships })),
  ];
}

/** Where a load goes: the embedded store's file, or an empty Neo4j. */
export type LoadTarget = { readonly file: string } | { readonly neo4j: Neo4jConnection };

function openTarget(target: LoadTarget): Promise<GraphStore> {
  return 'file' in target ? openLadybugStore(target.file) : openNeo4jStore(target.neo4j);
}

/** Child process: generate, open a fresh store, load, write the result as JSON. */
async function loadChild(
  nodes: number,
  target: LoadTarget,
  mode: 'single' | 'split',
  out: string,
): Promise<void> {
  const batch = generateGraph(nodes);
  const store = await openTarget(target);
  const driverCounts = 'neo4j' in target ? countDriverCalls() : undefined;
  const report = instrument(store);
  const batches = mode === 'single' ? [batch] : splitBatches(batch, SPLIT_NODES);
  const began = performance.now();
  const cpuBefore = process.cpuUsage();
  const batchMs: number[] = [];
  for (const b of batches) {
    const t = performance.now();
    await store.applyBatch(b);
    batchMs.push(round(performance.now() - t));
    if (batches.length > 1) {
      log(
        `  batch ${batchMs.length}/${batches.length}: ${b.nodes.length + b.relationships.length} elements, ${fmtMs(batchMs.at(-1))}`,
      );
    }
  }
  const ms = performance.now() - began;
  const cpu = process.cpuUsage(cpuBefore);
  await store.close();
  const elements = batch.nodes.length + batch.relationships.length;
  const result: LoadResult = {
    mode,
    batches: batches.length,
    batchMs,
    ms: round(ms),
    elements,
    elementsPerSecond: Math.round((elements / ms) * 1000),
    ...report(),
    ...(driverCounts ? { driver: driverCounts() } : {}),
    cpuMs: round((cpu.user + cpu.system) / 1000),
  };
  fs.writeFileSync(out, JSON.stringify(result));
}

/** Runs the load in a child process; null when it passes the time limit (the child is killed). */
export function runLoadChild(
  nodes: number,
  file: string,
  mode: 'single' | 'split',
  limitMs: number,
  neo4j?: Neo4jConnection,
  /** The Neo4j process, for its CPU time per statement (see StatementTiming.dbCpuMs). */
  neo4jPid?: number,
): Promise<LoadResult | null> {
  const out = `${file}.load.json`;
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const target: LoadTarget = neo4j ? { neo4j } : { file };
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        ...process.execArgv,
        fileURLToPath(import.meta.url),
        '--load-child',
        String(nodes),
        JSON.stringify(target),
        mode,
        out,
      ],
      {
        stdio: ['ignore', 'inherit', 'inherit'],
        env: neo4jPid ? { ...process.env, NEO4J_PID: String(neo4jPid) } : process.env,
      },
    );
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, limitMs);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (timedOut) return resolve(null);
      if (code !== 0) return reject(new Error(`bench: load child exited with ${code}`));
      resolve(JSON.parse(fs.readFileSync(out, 'utf8')) as LoadResult);
    });
  });
}

const args = process.argv.slice(2);
if (args[0] === '--load-child') {
  const [, nodes, target, mode, out] = args;
  await loadChild(Number(nodes), JSON.parse(target!) as LoadTarget, mode as 'single' | 'split', out!);
}
