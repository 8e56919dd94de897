// Neighbourhoods walked in the pool's worker thread over the shared arrays are the read cache's own
// walk (store/neighbourhood.ts) node for node and relationship for relationship: every direction,
// depth, kind filter, node limit, hub limit and date; after an edit that moves a node's dates (the
// arrays patched), and after a relationship is added (walked on the event loop until the arrays
// are read again, then in the pool).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateGraph, highestFanIn } from '../../../bench/generate.js';
import { parseBatch } from '../domain/metamodel/index.js';
import type { NeighbourhoodQuery } from '../store/port.js';
import { CachedGraphStore } from '../store/read-cache/cached-store.js';
import { openTempStore, type TempStore } from '../../../tests/fixtures/test-server.js';
import { ImpactPool } from './impact-pool/impact-pool.js';
import { NeighbourhoodService } from './neighbourhood-service.js';

const graph = generateGraph(1500);
const hubId = highestFanIn(graph);

let temp: TempStore;
let cache: CachedGraphStore;
let pool: ImpactPool;
let service: NeighbourhoodService;

beforeAll(async () => {
  temp = await openTempStore({ prefix: 'explorer-pool-neighbourhood-' });
  cache = new CachedGraphStore(temp.store);
  await cache.applyBatch(graph);
  pool = new ImpactPool(1);
  service = new NeighbourhoodService(cache, pool);
  service.adopt(await cache.exportTopology());
}, 300_000);

afterAll(async () => {
  await pool?.close();
  await cache?.close();
  await temp?.close();
});

const queriesOf = (id: string): NeighbourhoodQuery[] => [
  { id, depth: 1, limit: 300 },
  { id, depth: 2, limit: 300 },
  { id, depth: 2, limit: 300, hubLimit: 7 },
  { id, depth: 3, limit: 40, direction: 'IN' },
  { id, depth: 2, limit: 500, direction: 'OUT', hubLimit: 3 },
  { id, depth: 2, limit: 100, kinds: ['System', 'Site'], hubLimit: 20 },
  { id, depth: 2, limit: 300, types: ['DEPENDS_ON', 'HOSTED_AT'] },
  { id, depth: 2, limit: 300, asAt: '2012-06-01', hubLimit: 50 },
  { id, depth: 0, limit: 1 },
];

async function expectSameAsTheReadCache(ids: readonly string[]) {
  let capped = 0;
  for (const id of ids) {
    for (const query of queriesOf(id)) {
      const pooled = await service.neighbourhood(query);
      expect(pooled, JSON.stringify(query)).toEqual(await cache.neighbourhood(query));
      capped += pooled.capped.length;
    }
  }
  return capped;
}

describe('neighbourhoods in the pool', () => {
  it('are the read cache’s walk, hubs cut alike', async () => {
    const ids = [hubId, ...graph.nodes.filter((_, i) => i % 50 === 0).map((n) => n.id)];
    const before = service.stats().pooled;
    const capped = await expectSameAsTheReadCache(ids);
    // Every one came from the worker, and the hub limits cut some.
    expect(service.stats().pooled - before).toBe(ids.length * queriesOf('').length);
    expect(capped).toBeGreaterThan(0);
    const fromHub = await service.neighbourhood({ id: hubId, depth: 1, limit: 300, hubLimit: 5 });
    expect(fromHub.nodes).toHaveLength(6);
    expect(fromHub.capped).toEqual([{ id: hubId, total: expect.any(Number) }]);
    expect(fromHub.capped[0]!.total).toBeGreaterThan(5);
  });

  it('follows edits: dates patched in, a new relationship read again', async () => {
    const node = graph.nodes.find((n) => n.id === hubId)!;
    await cache.applyBatch(parseBatch({ nodes: [{ ...node, end: '2011-12' }], relationships: [] }));
    expect(service.stats().patches).toBe(1);
    const pooled = service.stats().pooled;
    await expectSameAsTheReadCache([hubId]);
    expect(service.stats().pooled - pooled).toBe(queriesOf('').length);

    const [a, b] = graph.nodes.filter((n) => n.kind === 'System');
    await cache.applyBatch(
      parseBatch({ nodes: [], relationships: [{ from: a!.id, type: 'DEPENDS_ON', to: b!.id }] }),
    );
    const onEventLoop = service.stats().onEventLoop;
    expect(await service.neighbourhood({ id: a!.id, depth: 1, limit: 300 })).toEqual(
      await cache.neighbourhood({ id: a!.id, depth: 1, limit: 300 }),
    );
    expect(service.stats().onEventLoop).toBe(onEventLoop + 1);
    await expect.poll(() => service.stats().version).toBe(await cache.readVersion());
    await expectSameAsTheReadCache([a!.id, b!.id]);
  });

  it('overflow onto an idle what-if thread when their own is busy, with the same answers', async () => {
    const twoThreads = new ImpactPool(2);
    try {
      const beside = new NeighbourhoodService(cache, twoThreads);
      beside.adopt(await cache.exportTopology());
      const queries = queriesOf(hubId).slice(0, 6);
      const answers = await Promise.all(queries.map((query) => beside.neighbourhood(query)));
      for (const [i, query] of queries.entries())
        expect(answers[i]).toEqual(await cache.neighbourhood(query));
      // Asked together, the first takes the neighbourhood thread and the next the idle what-if one.
      expect(twoThreads.overflowed).toBeGreaterThan(0);
      expect(twoThreads.stats().neighbourhood.tasks).toBe(queries.length);
    } finally {
      await twoThreads.close();
    }
  });
});
