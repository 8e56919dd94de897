// After a clean stop the database file holds the graph on its own: the server (SIGTERM), the
// import CLI and the seed CLI checkpoint before they exit, so nothing is left only in the WAL.
// Each check copies the database file alone, without its WAL, and opens the copy.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSnapshot } from '../../server/src/domain/exchange/json-snapshot.js';
import { parseBatch } from '../../server/src/domain/metamodel/index.js';
import { openLadybugStore } from '../../server/src/store/ladybug/open-ladybug.js';
import { hub } from '../fixtures/graphs.js';
import { withIds } from '../fixtures/relationship-ids.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-stop-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
});

const tsx = (script: string, args: string[], dataDir: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
    encoding: 'utf8',
    timeout: 120_000,
  });

/** The database file copied alone (no WAL beside it), opened: what it holds by itself. */
async function fileAlone(
  dataDir: string,
): Promise<{ nodes: number; relationships: number; version: number }> {
  expect(fs.existsSync(path.join(dataDir, 'graph.lbug.holder.json')), 'the store was closed').toBe(false);
  const copy = path.join(tempDir(), 'graph.lbug');
  fs.copyFileSync(path.join(dataDir, 'graph.lbug'), copy);
  const store = await openLadybugStore(copy);
  try {
    return {
      nodes: Object.values(await store.countByKind()).reduce((a, b) => a + b, 0),
      relationships: await store.countRelationships(),
      version: await store.graphVersion(),
    };
  } finally {
    await store.close();
  }
}

describe('a clean stop leaves the graph in the database file', () => {
  it('after the server stops on SIGTERM', async () => {
    const dataDir = tempDir();
    const server = spawn(process.execPath, ['--import', 'tsx', 'server/src/app/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'warn', CLIENT_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    server.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    server.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
    for (let i = 0; i < 2400 && !out.includes('Explorer ready'); i++) {
      if (server.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(out).toContain('Explorer ready');
    server.kill('SIGTERM');
    expect(await exited, out).toBe(0);
    const alone = await fileAlone(dataDir);
    // The Kent dataset, seeded into the new store, is in the file.
    expect(alone.nodes).toBeGreaterThan(100);
    expect(alone.relationships).toBeGreaterThan(100);
    expect(alone.version).toBe(1);
  });

  it('after a CLI import and after the seed CLI', async () => {
    const imported = tempDir();
    const big = parseBatch(hub(1500));
    const snapshot = path.join(imported, 'hub.json');
    fs.writeFileSync(
      snapshot,
      writeSnapshot({
        nodes: big.nodes.map((n) => ({ ...n, version: 1 })),
        relationships: withIds(big.relationships),
      }),
    );
    const data = path.join(imported, 'data');
    const res = tsx('server/src/app/cli.ts', ['import', snapshot], data);
    expect(res.status, res.stderr).toBe(0);
    expect(await fileAlone(data)).toEqual({ nodes: 1501, relationships: 1500, version: 1 });

    const seeded = tempDir();
    const seed = tsx('server/src/app/seed-cli.ts', [], seeded);
    expect(seed.status, seed.stderr).toBe(0);
    expect((await fileAlone(seeded)).nodes).toBeGreaterThan(100);
  });
});
