// The read cache answers from memory only while its snapshot is at the store's graph version,
// keeps it current through its own writes, and then answers exactly as the store would.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseBatch, type GraphBatch } from '../../server/src/domain/metamodel/index.js';
import type { Topology } from '../../server/src/domain/impact/projection.js';
import { CypherGraphStore } from '../../server/src/store/cypher/cypher-store.js';
import { openLadybugStore } from '../../server/src/store/ladybug/open-ladybug.js';
import { CachedGraphStore } from '../../server/src/store/read-cache/cached-store.js';
import { generateGraph } from '../../bench/generate.js';
import { writeSnapshot } from '../../server/src/domain/exchange/json-snapshot.js';
import { importGraph } from '../../server/src/services/exchange-service.js';
import { readFiles } from '../../server/src/services/formats.js';
import { chain, hub } from '../fixtures/graphs.js';
import { withIds } from '../fixtures/relationship-ids.js';

let dir: string;
let inner: CypherGraphStore;
let cached: CachedGraphStore;

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-cache-'));
  inner = (await openLadybugStore(path.join(dir, 'graph.lbug'))) as CypherGraphStore;
  cached = new CachedGraphStore(inner);
});

afterEach(async () => {
  await cached.close();
  fs.rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
});

/** Renames a node in the database without bumping the graph version: only a reader that
 *  goes to the database sees it, so it tells where an answer came from. */
const renameBehindTheVersion = (id: string, name: string) =>
  inner.session.write((tx) => tx.run('MATCH (n:Node {id: $id}) SET n.name = $name', { id, name }));

describe('read cache', () => {
  it('answers from its snapshot while the graph version stands, and catches up from the history once it moves', async () => {
    await cached.applyBatch(parseBatch(chain));
    await cached.warm();
    await renameBehindTheVersion('system:a', 'Renamed in the database');
    expect((await cached.getNodes(['system:a']))[0]?.name).toBe('System A');
    const before = cached.stats();

    // A write behind the cache's back (another server) moves the version: the changes since the
    // snapshot's version are read from the history and applied, without reading the graph again.
    await inner.applyBatch(
      parseBatch({
        nodes: [{ kind: 'System', id: 'system:z', name: 'Zed' }],
        relationships: [{ from: 'system:z', type: 'DEPENDS_ON', to: 'system:a' }],
        deleteRelationships: [{ from: 'system:c', type: 'DEPENDS_ON', to: 'system:d' }],
      }),
    );
    await inner.applyBatch(parseBatch({ nodes: [{ kind: 'System', id: 'system:b', name: 'Bee' }] }));
    expect((await cached.search({ text: 'zed', first: 5 })).nodes.map((n) => n.id)).toEqual(['system:z']);
    expect((await cached.getNodes(['system:b']))[0]?.name).toBe('Bee');
    // Still from memory: the rename made behind the version is not in the history.
    expect((await cached.getNodes(['system:a']))[0]?.name).toBe('System A');
    const both = {
      ids: ['system:a', 'system:c'],
      types: ['DEPENDS_ON' as const],
      direction: 'BOTH' as const,
    };
    const keys = (rels: readonly { from: string; to: string }[]) =>
      rels.map((r) => `${r.from}>${r.to}`).sort();
    expect(keys(await cached.expandFrontier(both))).toEqual([
      'system:a>system:b',
      'system:b>system:c',
      'system:z>system:a',
    ]);
    expect(keys(await cached.expandFrontier(both))).toEqual(keys(await inner.expandFrontier(both)));
    expect(cached.stats()).toEqual({
      ...before,
      version: await inner.graphVersion(),
      catchUps: 1,
      changesCaughtUp: 4,
    });
  });

  it('reads the whole graph again when it has fallen further behind than the history can replay', async () => {
    await cached.applyBatch(parseBatch(chain));
    await cached.warm();
    await renameBehindTheVersion('system:a', 'Renamed in the database');
    const { fullReads } = cached.stats();

    // The history lost a version's entries (a wipe writes none): the changes cannot be replayed.
    await inner.applyBatch(parseBatch({ nodes: [{ kind: 'System', id: 'system:z', name: 'Zed' }] }));
    const version = await inner.graphVersion();
    await inner.session.write((tx) =>
      tx.run('MATCH (c:Change) WHERE c.version = $v DELETE c', { v: version }),
    );
    expect((await cached.getNodes(['system:a']))[0]?.name).toBe('Renamed in the database');
    expect((await cached.getNodes(['system:z']))[0]?.name).toBe('Zed');
    expect(cached.stats()).toMatchObject({ version, catchUps: 0, fullReads: fullReads + 1 });
  });

  it('reads the whole graph again past its catch-up limit', async () => {
    const limited = new CachedGraphStore(inner, { catchUpLimit: 3 });
    await limited.applyBatch(parseBatch(chain));
    await limited.warm();
    await inner.applyBatch(parseBatch({ nodes: [{ kind: 'System', id: 'system:z', name: 'Zed' }] }));
    expect((await limited.getNodes(['system:z']))[0]?.name).toBe('Zed');
    expect(limited.stats()).toMatchObject({ catchUps: 1, changesCaughtUp: 1, fullReads: 1 });
    await inner.applyBatch(parseBatch(hub(3, 'x')));
    expect((await limited.getNodes(['system:xhub']))[0]?.name).toBe('xHub network');
    expect(limited.stats()).toMatchObject({ catchUps: 1, fullReads: 2 });
  });

  it('with a poll interval, asks the store for the version once per interval, not per read', async () => {
    const polled = new CachedGraphStore(inner, { pollMs: 60_000 });
    await polled.applyBatch(parseBatch(chain));
    await polled.warm();
    // A server's own writes are seen by its next read without waiting for the poll.
    await polled.applyBatch(parseBatch({ nodes: [{ kind: 'System', id: 'system:a', name: 'Mine' }] }));
    expect((await polled.getNodes(['system:a']))[0]?.name).toBe('Mine');
    // Another server's write is not seen before the poll (no version read per request)...
    await inner.applyBatch(parseBatch({ nodes: [{ kind: 'System', id: 'system:b', name: 'Theirs' }] }));
    expect((await polled.getNodes(['system:b']))[0]?.name).toBe('System B');
    // ...and is after it.
    await polled.refresh();
    expect((await polled.getNodes(['system:b']))[0]?.name).toBe('Theirs');
    // An own write that follows another server's catches up to it before it returns.
    await inner.applyBatch(parseBatch({ nodes: [{ kind: 'System', id: 'system:c', name: 'Theirs too' }] }));
    await polled.applyBatch(parseBatch({ nodes: [{ kind: 'System', id: 'system:d', name: 'Mine too' }] }));
    expect((await polled.getNodes(['system:c', 'system:d'])).map((n) => n.name)).toEqual([
      'Theirs too',
      'Mine too',
    ]);
    expect(polled.stats()).toMatchObject({ catchUps: 2, writesApplied: 1, fullReads: 1 });
  });

  it('keeps its snapshot current through its own writes', async () => {
    await cached.warm();
    await cached.applyBatch(parseBatch(chain));
    await renameBehindTheVersion('system:b', 'Renamed in the database');
    // Still from memory (the write was applied to the snapshot, not a reason to re-read it).
    expect((await cached.getNodes(['system:b']))[0]?.name).toBe('System B');
  });

  it('agrees with the store, item by item, on a generated graph after edits and deletions', async () => {
    const graph = generateGraph(1500, 7);
    await cached.warm();
    await cached.applyBatch(graph);
    await cached.search({ text: '', first: 1 }); // puts names in order: the edits must keep it
    const [first, second, third] = graph.nodes;
    const edits: GraphBatch = parseBatch({
      nodes: [{ ...first!, name: `${first!.name} renamed`, aliases: ['Renamed alias'] }],
      deleteNodes: [second!.id],
      deleteRelationships: graph.relationships
        .filter((r) => r.from === third!.id)
        .map(({ from, type, to }) => ({ from, type, to })),
    });
    await cached.applyBatch(edits);
    // The answers below come from memory: the snapshot followed both writes.
    await renameBehindTheVersion(third!.id, 'Renamed in the database');
    expect((await cached.getNodes([third!.id]))[0]?.name).toBe(third!.name);
    await renameBehindTheVersion(third!.id, third!.name);

    const ids = graph.nodes.filter((_, i) => i % 97 === 0).map((n) => n.id);
    for (const id of ids) {
      if (id === second!.id) continue;
      for (const query of [
        { id, depth: 2, limit: 300 },
        { id, depth: 3, limit: 40, direction: 'IN' as const },
        { id, depth: 2, limit: 100, kinds: ['System' as const, 'Site' as const] },
      ]) {
        expect(await cached.neighbourhood(query)).toEqual(await inner.neighbourhood(query));
      }
    }
    for (const text of ['', 's-00', 'renamed', 'site', 'zzz-none']) {
      let after: string | undefined;
      for (let page = 0; page < 3; page++) {
        const query = { text, first: 25, ...(after ? { after } : {}) };
        const [mine, theirs] = [await cached.search(query), await inner.search(query)];
        expect(mine).toEqual(theirs);
        after = mine.cursors.at(-1);
        if (!after) break;
      }
    }
    expect(await cached.getNodes(ids)).toEqual(await inner.getNodes(ids));

    // The impact projection's input, from memory, is the store's (in an order of its own).
    const ordered = (t: Topology) => ({
      version: t.version,
      nodes: [...t.nodes].sort((a, b) => (a.id < b.id ? -1 : 1)),
      edges: [...t.edges].sort((a, b) => (key(a) < key(b) ? -1 : 1)),
    });
    const key = (e: Topology['edges'][number]) => `${e.from}|${e.type}|${e.to}`;
    expect(ordered(await cached.exportTopology())).toEqual(ordered(await inner.exportTopology()));
  });

  it('applies a hub import and its edits relationship by relationship, agreeing with the store', async () => {
    // A hub with thousands of dependants, imported as a user imports a file (the CLI and the
    // import mutation share importGraph). Applying it must not scan the hub's list per spoke.
    const SPOKES = 4_000;
    const graph = parseBatch(hub(SPOKES));
    await cached.applyBatch(parseBatch(chain));
    await cached.warm();
    await cached.search({ text: 'system', first: 1 }); // names in order: the import must keep it
    const parsed = readFiles('JSON', [
      {
        name: 'hub.json',
        text: writeSnapshot({
          nodes: graph.nodes.map((n) => ({ ...n, version: 1 })),
          relationships: withIds(graph.relationships),
        }),
      },
    ]);
    const report = await importGraph(cached, { parsed, mode: 'MERGE', dryRun: false, actor: 'test' });
    expect(report.result.created).toBe(2 * SPOKES + 1);
    // From memory: the snapshot followed the import rather than being read again.
    await renameBehindTheVersion('system:spoke-00007', 'Renamed in the database');
    expect((await cached.getNodes(['system:spoke-00007']))[0]?.name).toBe('Spoke 7');
    await renameBehindTheVersion('system:spoke-00007', 'Spoke 7');

    const dependants = { ids: ['system:hub'], types: ['DEPENDS_ON' as const], direction: 'IN' as const };
    const byKey = (rels: readonly { from: string; type: string; to: string }[]) =>
      rels.map((r) => `${r.from}|${r.type}|${r.to}`).sort();
    const agree = async () => {
      const [mine, theirs] = [
        await cached.expandFrontier(dependants),
        await inner.expandFrontier(dependants),
      ];
      expect(byKey(mine)).toEqual(byKey(theirs));
      expect(new Map(mine.map((r) => [r.from, r]))).toEqual(new Map(theirs.map((r) => [r.from, r])));
      for (const query of [
        { text: 'spoke 1999', first: 5 },
        { text: 'hub', first: 5 },
      ]) {
        expect(await cached.search(query)).toEqual(await inner.search(query));
      }
      const ordered = (t: Topology) => byKey(t.edges);
      expect(ordered(await cached.exportTopology())).toEqual(ordered(await inner.exportTopology()));
      return mine.length;
    };
    expect(await agree()).toBe(SPOKES);

    // Half the hub's relationships changed, a quarter deleted, in one write.
    const spokes = graph.relationships;
    await cached.applyBatch(
      parseBatch({
        relationships: spokes
          .filter((_, i) => i % 2 === 0)
          .map(({ from, type, to }) => ({ from, type, to, note: 'Checked in the survey' })),
        deleteRelationships: spokes
          .filter((_, i) => i % 4 === 1)
          .map(({ from, type, to }) => ({ from, type, to })),
      }),
    );
    await renameBehindTheVersion('system:spoke-00007', 'Renamed in the database');
    expect((await cached.getNodes(['system:spoke-00007']))[0]?.name).toBe('Spoke 7');
    expect(await agree()).toBe(SPOKES - SPOKES / 4);

    // The hub itself deleted: its remaining relationships go with it, on both ends.
    await cached.applyBatch(parseBatch({ deleteNodes: ['system:hub'] }));
    expect(await agree()).toBe(0);
    expect(
      await cached.expandFrontier({ ids: ['system:spoke-00000'], types: ['DEPENDS_ON'], direction: 'OUT' }),
    ).toEqual([]);
  });
});
