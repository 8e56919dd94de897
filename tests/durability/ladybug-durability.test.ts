// The embedded store under faults, with real child processes: killed mid-batch it comes back
// with all of the batch or none of it (or, killed inside the commit's checkpoint, is refused as
// inconsistent: see sigkill-loop.test.ts); a second process on the same file gets a clear error.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreInconsistentError, StoreUnavailableError } from '../../server/src/domain/errors.js';
import { writeSnapshot } from '../../server/src/domain/exchange/json-snapshot.js';
import { parseBatch } from '../../server/src/domain/metamodel/index.js';
import { openLadybugStore } from '../../server/src/store/ladybug/open-ladybug.js';
import { hub } from '../fixtures/graphs.js';
import { withIds } from '../fixtures/relationship-ids.js';

const CHILD = path.join(import.meta.dirname, 'child.ts');
// One process, not tsx's wrapper and a grandchild: the kill must hit the process holding the file.
const children: ChildProcess[] = [];

function startChild(args: string[]): {
  child: ChildProcess;
  said: (word: string) => Promise<number>;
  output: () => string;
} {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  let err = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const said = (word: string) =>
    new Promise<number>((resolve, reject) => {
      const started = performance.now();
      const check = () => {
        if (out.includes(word)) return resolve(performance.now() - started);
        if (child.exitCode !== null) return reject(new Error(`child exited ${child.exitCode}: ${err}`));
        setTimeout(check, 5);
      };
      check();
    });
  return { child, said, output: () => out };
}

const tempFile = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-crash-')), 'graph.lbug');

/** The store, or null when start-up refused it as torn (with the typed error naming it). */
async function openOrRefused(file: string) {
  const opened = await openLadybugStore(file).catch((e: unknown) => e);
  if (opened instanceof StoreInconsistentError) {
    expect(opened.message).toContain(path.dirname(file));
    return null;
  }
  if (opened instanceof Error) throw opened;
  return opened as Awaited<ReturnType<typeof openLadybugStore>>;
}

afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null) c.kill('SIGKILL');
});

describe('LadybugDB durability', () => {
  it('holds all of a batch or none of it after SIGKILL in the middle of writing', async () => {
    const N = 5_000;
    // First learn how long the whole batch takes, then kill a second writer half-way through it.
    const timing = startChild([tempFile(), 'write', String(N)]);
    await timing.said('WRITING');
    const full = await timing.said('WRITTEN');

    // The kill must land before the batch is written; on a machine busier or quieter than the
    // timing run, try again earlier rather than test nothing.
    let file = '';
    for (const fraction of [0.5, 0.25, 0.1]) {
      const attempt = tempFile();
      const { child, said, output } = startChild([attempt, 'write', String(N)]);
      await said('WRITING');
      await new Promise((r) => setTimeout(r, full * fraction));
      if (output().includes('WRITTEN')) continue;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGKILL');
      await exited;
      file = attempt;
      break;
    }
    expect(file, 'the kill must land before the batch is written').not.toBe('');

    // A kill inside the commit's checkpoint can tear the write in LadybugDB 0.19
    // (upstream-repro.mjs): start-up then refuses the store rather than serve half a batch.
    const store = await openOrRefused(file);
    if (!store) return;
    try {
      const systems = (await store.countByKind()).System;
      const relationships = await store.countRelationships();
      expect([0, N + 1]).toContain(systems);
      expect(relationships).toBe(systems === 0 ? 0 : N);
    } finally {
      await store.close();
    }
  });

  it('holds the graph before or after an import killed half-way, never between', async () => {
    // A snapshot file of the seed-free hub graph, imported by the CLI into a store holding a chain.
    const big = parseBatch(hub(6000));
    const snapshotFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-import-')), 'hub.json');
    fs.writeFileSync(
      snapshotFile,
      writeSnapshot({
        nodes: big.nodes.map((n) => ({ ...n, version: 1 })),
        relationships: withIds(big.relationships),
      }),
    );
    const cliImport = (dataDir: string) => {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', 'server/src/app/cli.ts', 'import', snapshotFile],
        {
          env: { ...process.env, DATA_DIR: dataDir },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      children.push(child);
      return child;
    };
    const timed = path.dirname(tempFile());
    const started = performance.now();
    const first = cliImport(timed);
    await new Promise((r) => first.once('exit', r));
    const full = performance.now() - started;

    let dataDir = '';
    let before = 0;
    for (const fraction of [0.75, 0.5, 0.3]) {
      const attempt = path.dirname(tempFile());
      const seeded = await openLadybugStore(path.join(attempt, 'graph.lbug'));
      await seeded.applyBatch(parseBatch(hub(2)));
      before = (await seeded.exportTopology()).nodes.length;
      await seeded.close();
      const child = cliImport(attempt);
      await new Promise((r) => setTimeout(r, full * fraction));
      if (child.exitCode !== null) continue; // finished first: try again, earlier
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
      dataDir = attempt;
      break;
    }
    expect(dataDir, 'the kill must land before the import ends').not.toBe('');

    const store = await openOrRefused(path.join(dataDir, 'graph.lbug'));
    if (!store) return;
    try {
      const nodes = (await store.exportTopology()).nodes.length;
      expect([before, 6001]).toContain(nodes);
      expect(await store.countRelationships()).toBe(nodes === before ? 2 : 6000);
    } finally {
      await store.close();
    }
  });

  it('says clearly that a damaged database file cannot be opened', async () => {
    const file = tempFile();
    fs.writeFileSync(file, 'this is not a database'.repeat(1000));
    const error = await openLadybugStore(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect((error as Error).message).toMatch(
      new RegExp(`cannot open the database ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    );
  });

  it('lets another process open the database once this one has closed it', async () => {
    const file = tempFile();
    const store = await openLadybugStore(file);
    await store.applyBatch(parseBatch(hub(3)));
    await store.search({ text: 'spoke', first: 2 });
    await store.close();
    const { said } = startChild([file, 'hold']);
    await said('HOLDING');
  });

  it('refuses a second process on the same database with an error naming the file and the holder', async () => {
    const file = tempFile();
    const { child, said } = startChild([file, 'hold']);
    await said('HOLDING');
    const error = await openLadybugStore(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect((error as Error).message).toContain(file);
    expect((error as Error).message).toContain(`pid ${child.pid}`);
  });
});
