// The write transaction's queued COPYs (WriterQueue): a COPY is not waited for by the insert
// that queued it, so these check that its failure still fails the transaction as a whole.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CypherGraphStore } from '../cypher/cypher-store.js';
import { ladybugDialect } from '../cypher/dialect.js';
import { buildStatements } from '../cypher/statements.js';
import type { Row } from '../records.js';
import { openLadybugStore } from './open-ladybug.js';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ladybug-session-'));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

/** Enough history rows to go through COPY, not UNWIND; `duplicate` repeats the first id. */
const changeRows = (from: number, count: number, duplicate = false): Row[] =>
  Array.from({ length: count }, (_, i) => ({
    id: duplicate && i === count - 1 ? `1:${from}` : `1:${from + i}`,
    version: '1',
    idx: String(from + i),
    at: '2026-01-01T00:00:00.000Z',
    actor: 'test',
    action: 'CREATE',
    target: 'NODE',
    targetId: `system:s-${from + i}`,
    before: null,
    src: null,
    dst: null,
  }));

const CHANGES = buildStatements(ladybugDialect).inserts.changes;

/** This process's COPY files still in the temporary folder. */
const copyFilesLeft = () =>
  fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith(`explorer-copy-${process.pid}-`));

describe('LadybugDB write transactions with queued COPYs', () => {
  let store: CypherGraphStore;
  const changes = () => CHANGES;
  const countChanges = async () =>
    Number((await store.session.read('MATCH (c:Change) RETURN count(c) AS n'))[0]!.n);

  beforeEach(async () => {
    store = await openLadybugStore(path.join(fs.mkdtempSync(path.join(folder, 'db-')), 'graph.lbug'));
  });
  afterEach(() => store.close());

  it('commits every queued COPY, in order, with statements after them seeing their rows', async () => {
    const seen = await store.session.write(async (tx) => {
      await tx.insert(changes(), changeRows(0, 1500));
      await tx.insert(changes(), changeRows(1500, 1500));
      return Number((await tx.run('MATCH (c:Change) RETURN count(c) AS n'))[0]!.n);
    });
    expect(seen).toBe(3000);
    expect(await countChanges()).toBe(3000);
    expect(copyFilesLeft()).toEqual([]);
  });

  it('fails the commit when a queued COPY fails after its insert returned, and writes nothing', async () => {
    await expect(
      store.session.write(async (tx) => {
        await tx.insert(changes(), changeRows(0, 1500));
        // Returns once the file is written: the duplicate key fails the COPY later.
        await tx.insert(changes(), changeRows(1500, 1500, true));
      }),
    ).rejects.toThrow(/duplicat|primary key/i);
    expect(await countChanges()).toBe(0);
    expect(copyFilesLeft()).toEqual([]);
  });

  it('fails the statements after a failed COPY, and skips the COPYs queued after it', async () => {
    let afterFailure: unknown = null;
    await expect(
      store.session.write(async (tx) => {
        await tx.insert(changes(), changeRows(0, 1500, true));
        await tx.insert(changes(), changeRows(1500, 1500));
        afterFailure = await tx.run('RETURN 1 AS one').catch((error: unknown) => error);
        throw afterFailure;
      }),
    ).rejects.toThrow(/duplicat|primary key/i);
    expect(afterFailure).toBeInstanceOf(Error);
    expect(await countChanges()).toBe(0);
    expect(copyFilesLeft()).toEqual([]);
  });

  it('rolls back queued COPYs when the work fails after queueing them', async () => {
    await expect(
      store.session.write(async (tx) => {
        await tx.insert(changes(), changeRows(0, 1500));
        throw new Error('checked and refused');
      }),
    ).rejects.toThrow('checked and refused');
    expect(await countChanges()).toBe(0);
    expect(copyFilesLeft()).toEqual([]);
  });
});
