// `npm run neo4j`: a local Neo4j 5.26 for development, data kept between runs.
//   NEO4J_DATA_DIR  where the databases live (default ./data/neo4j)
//   NEO4J_PORT      Bolt port on 127.0.0.1 (default 7687)
//   NEO4J_PASSWORD  password of user "neo4j" (default explorer-dev-password; set on every start)
// Stops cleanly on Ctrl-C / SIGTERM.

import { resolve } from 'node:path';
import { neo4jUnavailableReason, startNeo4j } from './launch.js';

const dataDir = resolve(process.env.NEO4J_DATA_DIR || './data/neo4j');
const port = Number(process.env.NEO4J_PORT || 7687);
const password = process.env.NEO4J_PASSWORD || 'explorer-dev-password';

const unavailable = neo4jUnavailableReason();
if (unavailable) {
  console.error(`Cannot start Neo4j: ${unavailable}`);
  process.exit(1);
}

console.error(`Starting Neo4j 5.26 (data in ${dataDir}, Bolt port ${port})...`);
const started = Date.now();
let server;
try {
  server = await startNeo4j({
    dataDir,
    port,
    password,
    log: (line) => console.error(`[neo4j] ${line}`),
  });
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
}
const running = server;

console.log(`Neo4j is ready after ${((Date.now() - started) / 1000).toFixed(1)} s.`);
console.log(`  Bolt URI: ${running.uri}`);
console.log(`  User:     ${running.user}`);
console.log(`  Password: ${running.password}`);
console.log(`  Data:     ${dataDir} (logs in ${resolve(dataDir, 'logs')})`);
console.log('Point the app at it with:');
console.log(`  NEO4J_URI=${running.uri} NEO4J_USER=${running.user} NEO4J_PASSWORD=${running.password}`);
console.log('Press Ctrl-C to stop.');

let stopping = false;
const shutdown = (signal: string) => {
  if (stopping) {
    // Our exit closes the JVM's stdin, so it still shuts itself down.
    console.error(`${signal} again: exiting now.`);
    process.exit(130);
  }
  stopping = true;
  console.error(`\n${signal}: stopping Neo4j...`);
  running.stop().then(
    () => {
      console.error('Neo4j stopped.');
      process.exit(0);
    },
    (err: unknown) => {
      console.error(`Error while stopping Neo4j: ${String(err)}`);
      process.exit(1);
    },
  );
};
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGHUP', () => shutdown('SIGHUP'));

const { code, signal } = await running.exited;
if (!stopping) {
  console.error(
    `Neo4j exited (${signal ?? `code ${code}`}) without being asked to; see ${resolve(dataDir, 'logs')}`,
  );
  process.exit(1);
}
