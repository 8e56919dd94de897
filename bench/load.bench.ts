// Load (a script, not a test): 100 concurrent clients for 30 s against the real server on the
// Kent dataset, on loopback only, with a mix of search, neighbourhood and impact queries.
// Usage: npx tsx bench/load.bench.ts [--seconds 30] [--connections 100]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runConcurrentClients, type QueryKind } from './concurrent-clients.js';
import { startServerProcess } from './server-process.js';

const { values } = parseArgs({
  options: { seconds: { type: 'string', default: '30' }, connections: { type: 'string', default: '100' } },
});
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-load-'));

const body = (query: string) => JSON.stringify({ query });
const sequence: QueryKind[] = [
  {
    kind: 'search',
    bodies: [body('{ search(text: "kpsn", first: 10) { totalCount edges { node { id name kind } } } }')],
  },
  {
    kind: 'search',
    bodies: [
      body(
        '{ search(text: "data", kinds: [System, Site], first: 20) { totalCount edges { node { id name } } } }',
      ),
    ],
  },
  {
    kind: 'neighbourhood',
    bodies: [
      body(
        '{ neighbourhood(id: "system:kpsn", depth: 2, limit: 300) { nodes { id name kind } relationships { id type } } }',
      ),
    ],
  },
  {
    kind: 'neighbourhood',
    bodies: [body('{ neighbourhood(id: "site:sessions-house", depth: 1) { nodes { id name } } }')],
  },
  {
    kind: 'impact',
    bodies: [
      body(
        '{ impact(events: [{ type: CONTRACT_LAPSES, id: "contract:kpsn-unisys" }]) { totalAffected counts { kind state count } affected(first: 50) { edges { node { node { id name } state explanation { reason } } } } } }',
      ),
    ],
  },
  {
    kind: 'impact',
    bodies: [
      body(
        '{ impact(events: [{ type: NODE_FAILS, id: "site:sessions-house", hours: 12 }]) { totalAffected breaches { rtoHours } } }',
      ),
    ],
  },
];

// An empty data folder: the server seeds the Kent dataset on its first start.
try {
  const server = await startServerProcess({ dataDir, env: { SEED_ON_EMPTY: 'true' } });
  try {
    const result = await runConcurrentClients({
      url: server.graphqlUrl,
      connections: Number(values.connections),
      seconds: Number(values.seconds),
      sequence,
    });
    const summary = {
      ...result,
      server: { startMs: server.startMs, ...server.memory() },
      machine: { cpu: os.cpus()[0]?.model, cores: os.cpus().length, node: process.version },
    };
    console.log(JSON.stringify(summary, null, 2));
    if (result.errors.total) process.exitCode = 1;
  } finally {
    await server.stop();
  }
} finally {
  fs.rmSync(dataDir, { recursive: true, force: true });
}
