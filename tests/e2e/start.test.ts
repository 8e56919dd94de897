// The README's start command on a fresh data directory: it builds the server and the page, runs
// the compiled server with plain node (no TypeScript runner), loads the Kent dataset into the
// empty embedded store and serves the page and GraphQL at the URL it prints. A second server on
// the same directory, and a bad setting, stop with a clear message.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

interface Run {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function run(command: string, args: string[], env: Record<string, string>): Run {
  const child = spawn(command, args, {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, so npm, its shells and node all stop together
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => out, exited };
}

async function waitFor(r: Run, pattern: RegExp, ms = 120_000): Promise<RegExpMatchArray> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const match = r.output().match(pattern);
    if (match) return match;
    if (r.child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`never saw ${pattern}; output:\n${r.output()}`);
}

const MAIN = path.join(ROOT, 'dist/server/src/app/main.js');

/** The compiled server, as the image runs it (built by the `npm start` below). */
const server = (env: Record<string, string>) => run(process.execPath, [MAIN], env);

/** The command lines of the processes in a process group (Linux's /proc). */
function groupCommands(group: number): string[] {
  return fs.readdirSync('/proc').flatMap((pid) => {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      // pid (comm) state ppid pgrp …; comm may hold spaces and parentheses.
      const pgrp = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
      if (pgrp !== group) return [];
      return [fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim()];
    } catch {
      return []; // not a process, or it ended while being read
    }
  });
}

describe('npm start on a fresh machine', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-start-'));
  let app: Run;
  let url: string;

  const started = Date.now();

  beforeAll(async () => {
    app = run('npm', ['start'], { PORT: '0', DATA_DIR: dataDir });
    url = (await waitFor(app, /Explorer ready at (http:\/\/\S+) /, 240_000))[1]!;
  });
  afterAll(async () => {
    if (app?.child.exitCode === null) {
      process.kill(-app.child.pid!, 'SIGTERM');
      await app.exited;
    }
    // npm may exit before the server it started has closed the database: wait for the holder
    // file, which the server removes as it closes.
    const holder = path.join(dataDir, 'graph.lbug.holder.json');
    for (let i = 0; i < 100 && fs.existsSync(holder); i++) await new Promise((r) => setTimeout(r, 50));
    fs.rmSync(dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  });

  it('serves GraphQL with the Kent dataset loaded', async () => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          '{ counts { nodes relationships } node(id: "contract:kpsn-unisys") { name ... on Contract { end } } }',
      }),
    });
    const body = (await response.json()) as {
      data: { counts: { nodes: number; relationships: number }; node: { end: string } };
    };
    expect(body.data.counts.nodes).toBeGreaterThan(100);
    expect(body.data.counts.relationships).toBeGreaterThan(100);
    expect(body.data.node.end).toBe('2015-02');
  });

  it.runIf(process.platform === 'linux')('runs the server it compiled, with plain node', () => {
    expect(fs.statSync(MAIN).mtimeMs).toBeGreaterThanOrEqual(started - 1000);
    const commands = groupCommands(app.child.pid!);
    expect(commands.some((c) => c.endsWith('dist/server/src/app/main.js'))).toBe(true);
    expect(commands.filter((c) => /\btsx\b|\.ts$/.test(c))).toEqual([]);
  });

  it('serves the built page', async () => {
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root"></div>');
  });

  it('refuses a second server on the same data directory, naming it, without a stack trace', async () => {
    const second = server({ PORT: '0', DATA_DIR: dataDir });
    expect(await second.exited).toBe(1);
    expect(second.output()).toContain(path.join(dataDir, 'graph.lbug'));
    expect(second.output()).toMatch(/in use by another process \(pid \d+/);
    expect(second.output()).not.toMatch(/\n\s+at /);
  });

  it('stops on a bad setting, naming the variable and what it expects', async () => {
    const bad = server({ PORT: 'eighty', DATA_DIR: dataDir });
    expect(await bad.exited).toBe(2);
    expect(bad.output()).toMatch(/PORT="eighty": .*number/);
  });
});
