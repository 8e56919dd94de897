// Load (a script, not a test): 100 concurrent clients for 30 s against the real server on the
// Kent dataset, on loopback only, with a mix of search, neighbourhood and impact queries.
// Usage: npx tsx bench/load.bench.ts [--seconds 30] [--connections 100]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const { values } = parseArgs({
  options: { seconds: { type: 'string', default: '30' }, connections: { type: 'string', default: '100' } },
});
const ROOT = path.resolve(import.meta.dirname, '..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-load-'));

const bodies = [
  { query: '{ search(text: "kpsn", first: 10) { totalCount edges { node { id name kind } } } }' },
  {
    query:
      '{ search(text: "data", kinds: [System, Site], first: 20) { totalCount edges { node { id name } } } }',
  },
  {
    query:
      '{ neighbourhood(id: "system:kpsn", depth: 2, limit: 300) { nodes { id name kind } relationships { id type } } }',
  },
  { query: '{ neighbourhood(id: "site:sessions-house", depth: 1) { nodes { id name } } }' },
  {
    query:
      '{ impact(events: [{ type: CONTRACT_LAPSES, id: "contract:kpsn-unisys" }]) { totalAffected counts { kind state count } affected(first: 50) { items { node { id name } state explanation { reason } } } } }',
  },
  {
    query:
      '{ impact(events: [{ type: NODE_FAILS, id: "site:sessions-house", hours: 12 }]) { totalAffected breaches { rtoHours } } }',
  },
].map((b) => JSON.stringify(b));

const server = spawn(process.execPath, ['--import', 'tsx', 'server/src/app/main.ts'], {
  cwd: ROOT,
  env: { ...process.env, PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'warn', CLIENT_DIR: dataDir },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const url = await new Promise<string>((resolve, reject) => {
  let out = '';
  server.stdout!.on('data', (d: Buffer) => {
    out += d.toString();
    const match = /Explorer ready at (http:\/\/\S+) /.exec(out);
    if (match) resolve(match[1]!);
  });
  server.once('exit', (code) => reject(new Error(`server exited ${code}`)));
});

const result = await autocannon({
  url: `${url}/graphql`,
  connections: Number(values.connections),
  duration: Number(values.seconds),
  requests: bodies.map((body) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body })),
});
server.kill('SIGTERM');
fs.rmSync(dataDir, { recursive: true, force: true });

const summary = {
  connections: Number(values.connections),
  seconds: Number(values.seconds),
  requests: result.requests.total,
  throughputPerSecond: result.requests.average,
  latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
  errors: result.errors,
  timeouts: result.timeouts,
  non2xx: result.non2xx,
  machine: { cpu: os.cpus()[0]?.model, cores: os.cpus().length, node: process.version },
};
console.log(JSON.stringify(summary, null, 2));
if (summary.errors || summary.timeouts || summary.non2xx) process.exitCode = 1;
