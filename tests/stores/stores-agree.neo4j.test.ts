// The same graph in LadybugDB and in Neo4j answers alike, item by item: search, neighbourhoods
// and the whole export. Run on the small fixtures and on the Kent dataset.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseBatch, type GraphBatch } from '../../server/src/domain/metamodel/index.js';
import { openLadybugStore } from '../../server/src/store/ladybug/open-ladybug.js';
import { openNeo4jStore } from '../../server/src/store/neo4j/open-neo4j.js';
import type { GraphRecord, GraphStore } from '../../server/src/store/port.js';
import { readDataset } from '../../seed/dataset.js';
import { everyKind, hub, mailNames, twoDataCentres } from '../fixtures/graphs.js';

const target = inject('neo4j');

async function exported(store: GraphStore): Promise<GraphRecord[]> {
  const records: GraphRecord[] = [];
  for await (const r of store.exportGraph()) records.push(r);
  return records;
}

async function allPages(store: GraphStore, text: string) {
  const ids: string[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await store.search({ text, first: 7, after });
    ids.push(...page.nodes.map((n) => `${n.id}@${page.totalCount}`));
    if (!page.hasNextPage) return ids;
    after = page.cursors.at(-1);
  }
}

const GRAPHS: [string, () => Promise<GraphBatch[]>][] = [
  ['the fixtures', async () => [everyKind, twoDataCentres, mailNames, hub(40)].map((g) => parseBatch(g))],
  ['the Kent dataset', async () => [await readDataset()]],
];

describe.skipIf('skip' in target)('LadybugDB and Neo4j agree', () => {
  let dir: string;
  let ladybug: GraphStore;
  let neo4j: GraphStore;
  beforeAll(async () => {
    if ('skip' in target) return;
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-agree-'));
    ladybug = await openLadybugStore(path.join(dir, 'graph.lbug'));
    neo4j = await openNeo4jStore(target);
  });
  afterAll(async () => {
    await ladybug?.close();
    await neo4j?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  });

  describe.each(GRAPHS)('on %s', (_, batches) => {
    let ids: string[] = [];
    beforeAll(async () => {
      for (const store of [ladybug, neo4j]) {
        await store.clear();
        for (const batch of await batches()) await store.applyBatch(batch);
      }
      ids = (await exported(ladybug)).flatMap((r) => (r.type === 'node' ? [r.node.id] : []));
    });

    it('exports the same records in the same order', async () => {
      const [a, b] = await Promise.all([exported(ladybug), exported(neo4j)]);
      expect(a.length).toBeGreaterThan(0);
      expect(b).toEqual(a);
    });

    it('finds the same nodes in the same order, page by page', async () => {
      for (const text of ['', 'a', 'mail', 'kent', 'network', 'data centre', 'spoke 1', 'zzz']) {
        expect(await allPages(neo4j, text), text).toEqual(await allPages(ladybug, text));
      }
    });

    it('draws the same neighbourhoods', async () => {
      const sample = ids.filter((_, i) => i % Math.max(1, Math.floor(ids.length / 25)) === 0);
      for (const id of sample) {
        for (const depth of [1, 2]) {
          const q = { id, depth, limit: 200 };
          const [a, b] = await Promise.all([ladybug.neighbourhood(q), neo4j.neighbourhood(q)]);
          expect(b.nodes.map((n) => n.id).sort(), `${id} depth ${depth}`).toEqual(
            a.nodes.map((n) => n.id).sort(),
          );
          expect(b.relationships, `${id} depth ${depth}`).toEqual(a.relationships);
          expect(b.truncated).toBe(a.truncated);
        }
      }
    });

    it('counts alike', async () => {
      expect(await neo4j.countByKind()).toEqual(await ladybug.countByKind());
      expect(await neo4j.countRelationships()).toBe(await ladybug.countRelationships());
    });
  });
});
