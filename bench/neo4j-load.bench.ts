// The Neo4j import alone: a fresh Neo4j started as the tests start it, the generated graph of
// each size loaded through the product's applyBatch (staged), with the transactions, statements
// and round trips it took, the time per statement, and the CPU time of Neo4j's JVM and of the
// loading process (on a shared machine, elements per CPU second compare better than per second).
// Quicker to iterate on than `npm run bench -- --store=neo4j`, which runs the same load.
// A Neo4j just started compiles its code as it goes (the JIT): on a fresh JVM the first import of
// 100k nodes paid ~30 s of Neo4j CPU for it (bench/neo4j-anchor.bench.ts). `--warm=N` first loads
// a graph of N nodes the same way and deletes everything, so the load measured is that of a
// Neo4j that has been running, as a production one has.
// Usage: npx tsx bench/neo4j-load.bench.ts [--sizes=20000,100000] [--pagecache=MiB] [--warm=20000]
// (JVM flags: NEO4J_JAVA_OPTS; a later -Xmx wins)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4jDriver from 'neo4j-driver';
import { startNeo4j } from '../tests/neo4j/launch.js';
import { BENCH_NEO4J } from './neo4j-size.js';
import { runLoadChild } from './store-load.js';
import { fmtMs, log } from './timing.js';

/** A process's CPU time so far (user + system, /proc/<pid>/stat; USER_HZ is 100 on Linux). */
function jvmCpuMs(pid: number | undefined): number {
  if (pid === undefined) return Number.NaN;
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const sizes = (arg('sizes') ?? '20000').split(',').map(Number);
const pageCacheMb = Number(arg('pagecache') ?? BENCH_NEO4J.pageCacheMb);
const warm = Number(arg('warm') ?? 0);
const loadAverage = () => fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

/** Deletes every record (the schema stays): the warm-up graph gone before the measured load. */
async function wipe(connection: { uri: string; user: string; password: string }): Promise<void> {
  const driver = neo4jDriver.driver(
    connection.uri,
    neo4jDriver.auth.basic(connection.user, connection.password),
  );
  const session = driver.session();
  try {
    // CALL … IN TRANSACTIONS runs only in an auto-commit transaction (session.run).
    await session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
    await driver.close();
  }
}

for (const nodes of sizes) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `neo4j-load-${nodes}-`));
  const neo4j = await startNeo4j({ ...BENCH_NEO4J, password: 'bench-neo4j-password', pageCacheMb });
  try {
    const connection = { uri: neo4j.uri, user: neo4j.user, password: neo4j.password };
    log(
      `${nodes} nodes: applyBatch of the whole graph into Neo4j (page cache ${pageCacheMb} MiB, ${BENCH_NEO4J.javaOpts.join(' ')})`,
    );
    if (warm > 0) {
      log(`${nodes} nodes: warming Neo4j up with a load of ${warm} nodes, then deleting it`);
      if (!(await runLoadChild(warm, path.join(dir, 'warm'), 'single', 60 * 60_000, connection)))
        throw new Error('bench: the warm-up load did not finish');
      await wipe(connection);
    }
    log(`${nodes} nodes: load average before ${loadAverage()}`);
    const jvmBefore = jvmCpuMs(neo4j.pid);
    const load = await runLoadChild(
      nodes,
      path.join(dir, 'graph'),
      'single',
      60 * 60_000,
      connection,
      neo4j.pid,
    );
    if (!load) throw new Error('bench: the Neo4j load did not finish');
    const jvm = jvmCpuMs(neo4j.pid) - jvmBefore;
    log(
      `${nodes} nodes: ${load.elements} elements in ${fmtMs(load.ms)}: ${load.elementsPerSecond} elements/s; ` +
        `BEGIN/COMMIT ${fmtMs(load.beginCommitMs)}, JS in transactions ${fmtMs(load.jsInTransactionMs)}; ` +
        `CPU: Neo4j ${fmtMs(jvm)}, loader ${fmtMs(load.cpuMs)}: ` +
        `${Math.round(load.elements / ((jvm + (load.cpuMs ?? 0)) / 1000))} elements per CPU second; ` +
        `driver ${JSON.stringify(load.driver)}; load average after ${loadAverage()}`,
    );
    console.log(JSON.stringify({ ...load, batchMs: undefined, neo4jCpuMs: jvm }, null, 1));
  } finally {
    await neo4j.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
