// The product's server as its own child process, started the way `npm start` starts it (the
// compiled dist/server/src/app/main.js under plain node; `npm run bench` builds it first), so
// that its memory is its own and can be read from /proc.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { round } from './timing.js';

const ROOT = path.resolve(import.meta.dirname, '..');
/** A server that has not said "ready" by then is taken as hung (100k nodes start in seconds). */
const START_LIMIT_MS = 5 * 60_000;
const STOP_LIMIT_MS = 15_000;

/** The server as deployed: production mode (graphql-js and Express skip their development checks),
 *  with reads open to callers without a token, as READ_ACCESS=open allows. The one token is never
 *  used; production needs one. Both benches time what a user of a deployed server sees. */
export const PRODUCTION_ENV: Readonly<Record<string, string>> = {
  NODE_ENV: 'production',
  AUTH_MODE: 'tokens',
  READ_ACCESS: 'open',
  API_TOKENS: `bench:admin:${crypto.createHash('sha256').update(crypto.randomUUID()).digest('hex')}`,
};

/** Resident memory of a process as Linux reports it; null fields off Linux. */
export interface ProcessMemory {
  /** Resident set size now (VmRSS). */
  readonly rssBytes: number | null;
  /** The highest resident set size since the process started (VmHWM). */
  readonly peakRssBytes: number | null;
}

export function processMemory(pid: number): ProcessMemory {
  let status: string;
  try {
    status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return { rssBytes: null, peakRssBytes: null };
  }
  const kB = (field: string) => {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
    return match ? Number(match[1]) * 1024 : null;
  };
  return { rssBytes: kB('VmRSS'), peakRssBytes: kB('VmHWM') };
}

export interface ServerProcess {
  readonly pid: number;
  readonly url: string;
  readonly graphqlUrl: string;
  /** Spawn to "Explorer ready": opening the store and building the impact projection included. */
  readonly startMs: number;
  memory(): ProcessMemory;
  stop(): Promise<void>;
}

export interface ServerProcessOptions {
  /** DATA_DIR: the embedded store is `graph.lbug` in it. */
  readonly dataDir: string;
  /** Variables on top of the bench's defaults (quiet logs, development auth, no Neo4j). */
  readonly env?: Record<string, string>;
  /** Options for node itself (a CPU profile: `--cpu-prof`). */
  readonly nodeArgs?: readonly string[];
}

/** Starts the compiled server with `node` and waits for its "ready" line. */
export async function startServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  const began = performance.now();
  const args = [...(options.nodeArgs ?? []), '--enable-source-maps', 'dist/server/src/app/main.js'];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: options.dataDir,
      CLIENT_DIR: options.dataDir,
      BACKUP_DIR: path.join(options.dataDir, 'backups'),
      // Empty counts as unset: an inherited NEO4J_URI must not send the bench to Neo4j.
      NEO4J_URI: '',
      NODE_ENV: 'development',
      AUTH_MODE: 'development',
      // Per-request logs are info; warn keeps the pipe quiet under load.
      LOG_LEVEL: 'warn',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    let ready = false;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`bench: the server did not start within ${START_LIMIT_MS / 1000} s`));
    }, START_LIMIT_MS);
    // Read stdout for as long as the server runs: a full pipe would block its logging.
    child.stdout.on('data', (chunk: Buffer) => {
      if (ready) return;
      out += chunk.toString();
      const match = /Explorer ready at (http:\/\/\S+) /.exec(out);
      if (match) {
        ready = true;
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once('error', reject);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`bench: the server exited with ${code} before it was ready:\n${out}`));
    });
  });
  const startMs = round(performance.now() - began);
  const pid = child.pid!;

  return {
    pid,
    url,
    graphqlUrl: `${url}/graphql`,
    startMs,
    memory: () => processMemory(pid),
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_LIMIT_MS);
      child.kill('SIGTERM');
      await exited;
      clearTimeout(timer);
    },
  };
}

/** A GraphQL query over HTTP; an answer with errors (or without data) stops the bench. */
export async function graphql<T = unknown>(url: string, query: string): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) {
    throw new Error(`bench: GraphQL error: ${JSON.stringify(body.errors)}\n${query}`);
  }
  return body.data;
}
