// Start-up refuses a store a crash has damaged, with a typed error naming the data directory and
// what to do, and never seeds it; it seeds only a store that was never written. A deliberate
// `npm run seed -- --wipe` still starts again from the Kent dataset.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { seedIfNeverWritten } from '../../server/src/app/load-seed.js';
import { StoreInconsistentError } from '../../server/src/domain/errors.js';
import { parseBatch } from '../../server/src/domain/metamodel/index.js';
import { openLadybugStore } from '../../server/src/store/ladybug/open-ladybug.js';
import type { LadybugSession } from '../../server/src/store/ladybug/ladybug-session.js';
import { chain } from '../fixtures/graphs.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
});

/** A store holding the chain fixture (version 1), closed; `damage` then runs on its session
 *  behind the store's back, as a torn write would leave it. */
async function writtenStore(damage?: (session: LadybugSession) => Promise<unknown>) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-checks-'));
  dirs.push(dataDir);
  const file = path.join(dataDir, 'graph.lbug');
  const store = await openLadybugStore(file);
  await store.applyBatch(parseBatch(chain));
  if (damage) await damage(store.session as LadybugSession);
  await store.close();
  return { dataDir, file };
}

const refusal = async (file: string) => {
  const error = await openLadybugStore(file).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(StoreInconsistentError);
  const message = (error as Error).message;
  expect(message).toContain(path.dirname(file));
  expect(message).toContain('npm run cli -- restore BACKUP_DIR');
  return error as StoreInconsistentError;
};

const run = (script: string, args: string[], dataDir: string, env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'warn', ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });

describe('start-up checks of the embedded store', () => {
  it('refuses a store whose nodes went missing behind its graph version, and the server does not seed it', async () => {
    const { dataDir, file } = await writtenStore((s) =>
      s.write((tx) => tx.run('MATCH (n:Node) DETACH DELETE n')),
    );
    const error = await refusal(file);
    expect(error.dataDir).toBe(dataDir);
    expect(error.problems.join('; ')).toMatch(/graph version 1 records 4 nodes but the store holds 0/);

    const server = run('server/src/app/main.ts', [], dataDir, { SEED_ON_EMPTY: 'true' });
    expect(server.status).toBe(1);
    expect(server.stderr).toContain(`the store in ${dataDir} is inconsistent`);
    expect(server.stderr).not.toMatch(/\n\s+at /);
    // Still empty and still refused: nothing was seeded over the loss.
    const raw = await openLadybugStore(file, { check: false });
    expect(await raw.getNodes(['contract:kpsn-unisys'])).toEqual([]);
    await raw.close();
  });

  it('refuses a store with an interrupted checkpoint before the engine can drop it', async () => {
    const { file } = await writtenStore();
    fs.writeFileSync(`${file}.wal.checkpoint`, 'left by a process killed while checkpointing');
    const error = await refusal(file);
    expect(error.problems.join()).toMatch(/a checkpoint was interrupted \(graph\.lbug\.wal\.checkpoint/);
    expect(fs.existsSync(`${file}.wal.checkpoint`), 'the evidence is left in place').toBe(true);
  });

  it('refuses a store whose tables are missing', async () => {
    const { file } = await writtenStore((s) => s.ddl('DROP TABLE Change'));
    expect((await refusal(file)).problems).toEqual(['tables missing: Change']);
  });

  it('refuses a store whose history is missing the latest write', async () => {
    const { file } = await writtenStore((s) =>
      s.write((tx) => tx.run('MATCH (c:Change) WHERE c.idx > 0 DELETE c')),
    );
    expect((await refusal(file)).problems.join()).toMatch(/records 7 changes but the store holds 1/);
  });

  it('seeds a new store, but not one that was written and then emptied', async () => {
    const fresh = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-checks-'));
    dirs.push(fresh);
    const store = await openLadybugStore(path.join(fresh, 'graph.lbug'));
    try {
      expect((await seedIfNeverWritten(store))?.created).toBeGreaterThan(100);
      // Emptied by its users through the product: a later version, so never seeded again.
      const ids = (await store.exportTopology()).nodes.map((n) => n.id);
      await store.applyBatch(parseBatch({ deleteNodes: ids }));
      expect(await seedIfNeverWritten(store)).toBeNull();
      expect(await store.countRelationships()).toBe(0);
    } finally {
      await store.close();
    }
  });

  it('starts again from the Kent dataset on a deliberate wipe, even over a refused store', async () => {
    const { dataDir, file } = await writtenStore((s) =>
      s.write((tx) => tx.run("MATCH (n:Node {id: 'system:a'}) DETACH DELETE n")),
    );
    const plain = run('server/src/app/seed-cli.ts', [], dataDir);
    expect(plain.status).toBe(1);
    expect(plain.stderr).toContain('is inconsistent');

    const wiped = run('server/src/app/seed-cli.ts', ['--wipe'], dataDir);
    expect(wiped.status, wiped.stderr).toBe(0);
    const store = await openLadybugStore(file);
    try {
      expect(await store.getNodes(['system:a'])).toEqual([]);
      expect((await store.getNodes(['contract:kpsn-unisys'])).length).toBe(1);
    } finally {
      await store.close();
    }
  });

  it('restores a refused store from a backup, keeping the damaged files beside it', async () => {
    const backups = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-checks-backup-'));
    dirs.push(backups);
    const backup = path.join(backups, 'before');
    const { dataDir, file } = await writtenStore((s) => s.backup(backup));
    fs.writeFileSync(`${file}.wal.checkpoint`, 'left by a process killed while checkpointing');
    await refusal(file);

    const restored = run('server/src/app/cli.ts', ['restore', backup], dataDir);
    expect(restored.status, restored.stderr).toBe(0);
    const kept = fs.readdirSync(dataDir).filter((f) => f.includes('.replaced-'));
    expect(kept.some((f) => f.endsWith('.wal.checkpoint'))).toBe(true);
    const store = await openLadybugStore(file);
    try {
      expect((await store.getNodes(['system:a', 'system:d'])).length).toBe(2);
    } finally {
      await store.close();
    }
  });
});
