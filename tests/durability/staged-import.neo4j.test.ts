// Imports larger than one Neo4j transaction: killed between two staged transactions, the graph
// is put back as it was by the next start once the lease has run out; and an import that one
// transaction's memory cannot hold fails with a typed error in one transaction and goes through
// staged. Against the shared Neo4j of the Neo4j tests (they run one file at a time).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ConflictError, TransactionTooLargeError } from '../../server/src/domain/errors.js';
import { parseBatch } from '../../server/src/domain/metamodel/index.js';
import { openNeo4jStore } from '../../server/src/store/neo4j/open-neo4j.js';
import type { GraphRecord, GraphStore } from '../../server/src/store/port.js';
import { chain, hub } from '../fixtures/graphs.js';
import { startNeo4j } from '../neo4j/launch.js';

const target = inject('neo4j');
const CHILD = path.join(import.meta.dirname, 'neo4j-import-child.ts');
const LEASE_MS = 1500;

async function snapshot(store: GraphStore): Promise<GraphRecord[]> {
  const out: GraphRecord[] = [];
  for await (const record of store.exportGraph()) out.push(record);
  return out;
}

/** Runs the child import; resolves with its output and how it ended. */
function runChild(args: string[], password: string) {
  return new Promise<{ out: string; signal: NodeJS.Signals | null }>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], {
      env: { ...process.env, NEO4J_PASSWORD: password },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (_, signal) => resolve({ out, signal }));
  });
}

if ('skip' in target) {
  describe.skip(`staged imports on Neo4j (${target.skip})`, () => {
    it('needs Neo4j', () => undefined);
  });
} else {
  describe('staged imports on Neo4j', () => {
    let store: GraphStore;
    beforeAll(async () => {
      store = await openNeo4jStore(target, { staging: { rows: 300, leaseMs: LEASE_MS } });
      await store.clear();
      await store.applyBatch(parseBatch(chain));
    });
    afterAll(async () => {
      await store?.close();
    });

    it('a kill between staged transactions is rolled back at the next start', async () => {
      const before = await snapshot(store);
      const version = await store.graphVersion();
      const history = await store.history({ first: 100 });
      // 2,001 nodes and 2,000 relationships in transactions of 300: killed after the 4th
      // (the lease and plan, then three staged slices).
      const { out, signal } = await runChild(
        [target.uri, target.user, '2000', '300', String(LEASE_MS), '4'],
        target.password,
      );
      expect(out).toMatch(/KILLING after 4/);
      expect(signal).toBe('SIGKILL');
      // Left behind: staged nodes, the version unmoved, and a lease that refuses other writes.
      expect((await store.countByKind()).System).toBeGreaterThan(4);
      expect(await store.graphVersion()).toBe(version);
      await expect(
        store.applyBatch(parseBatch({ nodes: [{ kind: 'Partner', id: 'partner:p', name: 'P' }] })),
      ).rejects.toBeInstanceOf(ConflictError);

      await new Promise((resolve) => setTimeout(resolve, LEASE_MS + 200));
      const restarted = await openNeo4jStore(target, { staging: { rows: 300, leaseMs: LEASE_MS } });
      try {
        expect(await snapshot(restarted)).toEqual(before);
        expect(await restarted.graphVersion()).toBe(version);
        expect(await restarted.history({ first: 100 })).toEqual(history);
        // The same import, not killed, goes through.
        const result = await restarted.applyBatch(parseBatch(hub(2000, 'killed-')));
        expect(result).toMatchObject({ created: 4001, graphVersion: version + 1 });
      } finally {
        await restarted.close();
      }
    });

    it('an import too large for one transaction fails typed in one, and goes through staged', async () => {
      // Its own Neo4j, with all transactions together held to 10 MiB (its least) (db.memory.transaction.total.max).
      const small = await startNeo4j({
        password: 'small-transactions',
        transactionMemoryTotalMax: 10 * 1024 * 1024,
      });
      const connection = { uri: small.uri, user: small.user, password: small.password };
      const single = await openNeo4jStore(connection, { staging: { rows: 1_000_000 } });
      const staged = await openNeo4jStore(connection, { staging: { rows: 500 } });
      try {
        const batch = parseBatch(hub(8000, 'big-'));
        const error = await single.applyBatch(batch).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(TransactionTooLargeError);
        expect((error as Error).message).toMatch(/db\.memory\.transaction\.total\.max/);
        expect(await staged.graphVersion()).toBe(0);
        const result = await staged.applyBatch(batch);
        expect(result).toMatchObject({ created: 16_001, graphVersion: 1 });
        expect(await staged.countRelationships()).toBe(8000);
      } finally {
        await single.close();
        await staged.close();
        await small.stop();
      }
    }, 300_000);
  });
}
