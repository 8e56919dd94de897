// Two API servers on one Neo4j, as a deployment runs them: a write through server A is seen by
// server B's search, neighbourhood and what-if once B has polled the graph version, and B got
// there by applying the changes from the history, not by reading the graph again (relationships
// and nodes' fields patched into its projection, not rebuilt); a server
// that has fallen further behind than it replays reads the graph again.
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { parseBatch } from '../../server/src/domain/metamodel/index.js';
import type { RunningServer } from '../../server/src/app/http-server.js';
import { openNeo4jStore } from '../../server/src/store/neo4j/open-neo4j.js';
import type { GraphStore } from '../../server/src/store/port.js';
import type { ReadCacheStats } from '../../server/src/store/read-cache/cached-store.js';
import { twoDataCentres } from '../fixtures/graphs.js';
import { graphqlClient, startTestServer } from '../fixtures/test-server.js';

const target = inject('neo4j');
const POLL_MS = 100;
/** Generous: the poll is 100 ms; this only bounds a failure. Speed is measured by the bench. */
const SEEN_WITHIN = { timeout: 10_000, interval: 50 };

interface Ready {
  readonly graphVersion: number;
  readonly readCache: ReadCacheStats;
  readonly projection: { readonly version: number | null; readonly patches: number; readonly builds: number };
}

const readyz = async (server: RunningServer): Promise<Ready> =>
  (await (await fetch(`${server.url}/readyz`)).json()) as Ready;

if ('skip' in target) {
  describe.skip(`two API servers on one Neo4j (${target.skip})`, () => {
    it('needs Neo4j', () => undefined);
  });
} else {
  describe('two API servers on one Neo4j', () => {
    const stores: GraphStore[] = [];
    const servers: RunningServer[] = [];
    let a: RunningServer;
    let b: RunningServer;

    const open = async (cache: { pollMs: number; catchUpLimit?: number }) => {
      const store = await openNeo4jStore(target);
      stores.push(store);
      const server = await startTestServer(store, { cache });
      servers.push(server);
      // Started as start.ts starts it: the read cache and the projection read before serving.
      await vi.waitFor(
        async () => expect((await readyz(server)).readCache.version).not.toBeNull(),
        SEEN_WITHIN,
      );
      return server;
    };

    beforeAll(async () => {
      const setup = await openNeo4jStore(target);
      await setup.clear();
      await setup.applyBatch(parseBatch(twoDataCentres));
      await setup.close();
      a = await open({ pollMs: POLL_MS });
      b = await open({ pollMs: POLL_MS });
    });
    afterAll(async () => {
      for (const server of servers) await server.close();
      for (const store of stores) await store.close();
    });

    const whatIf = async (server: RunningServer, id: string) => {
      const res = await graphqlClient(server.graphqlUrl)<{
        impact: { affected: { edges: { node: { node: { id: string; name: string }; state: string } }[] } };
      }>(
        `query($events: [ImpactEventInput!]) { impact(events: $events) {
          affected(first: 50) { edges { node { node { id name } state } } } } }`,
        { events: [{ type: 'NODE_FAILS', id }] },
      );
      expect(res.errors).toBeUndefined();
      return Object.fromEntries(
        res.data!.impact.affected.edges.map((e) => e.node).map((i) => [i.node.id, i.state]),
      );
    };
    const search = async (server: RunningServer, text: string) => {
      const res = await graphqlClient(server.graphqlUrl)<{ search: { edges: { node: { id: string } }[] } }>(
        'query($text: String!) { search(text: $text, first: 10) { edges { node { id } } } }',
        { text },
      );
      expect(res.errors).toBeUndefined();
      return res.data!.search.edges.map((e) => e.node.id);
    };
    const neighbours = async (server: RunningServer, id: string) => {
      const res = await graphqlClient(server.graphqlUrl)<{
        neighbourhood: { relationships: { from: string; type: string; to: string }[] };
      }>(
        'query($id: ID!) { neighbourhood(id: $id, depth: 1, limit: 50) { relationships { from type to } } }',
        {
          id,
        },
      );
      expect(res.errors).toBeUndefined();
      return res.data!.neighbourhood.relationships.map((r) => `${r.from} ${r.type} ${r.to}`).sort();
    };
    const write = async (server: RunningServer, changes: unknown) => {
      const res = await graphqlClient(server.graphqlUrl)(
        'mutation($changes: ChangesInput!) { applyChanges(changes: $changes) { created updated } }',
        { changes },
      );
      expect(res.errors).toBeUndefined();
    };

    it("sees A's writes in B's search, neighbourhood and what-if, caught up from the history", async () => {
      expect(await whatIf(b, 'site:gun-wharf')).not.toHaveProperty('system:b-ledger');
      const before = await readyz(b);

      // A new system on Gun Wharf, through A.
      await write(a, {
        nodes: [{ kind: 'System', id: 'system:b-ledger', name: 'Ledger', category: 'APPLICATION' }],
        relationships: [{ from: 'system:b-ledger', type: 'HOSTED_AT', to: 'site:gun-wharf' }],
      });
      // A reads its own write at once: no poll in between.
      expect(await search(a, 'ledger')).toEqual(['system:b-ledger']);

      await vi.waitFor(
        async () => expect(await search(b, 'ledger')).toEqual(['system:b-ledger']),
        SEEN_WITHIN,
      );
      expect(await neighbours(b, 'site:gun-wharf')).toContain('system:b-ledger HOSTED_AT site:gun-wharf');
      expect(await whatIf(b, 'site:gun-wharf')).toMatchObject({ 'system:b-ledger': 'DOWN' });

      const after = await readyz(b);
      expect(after.readCache).toMatchObject({
        version: after.graphVersion,
        fullReads: before.readCache.fullReads,
        catchUps: before.readCache.catchUps + 1,
        changesCaughtUp: before.readCache.changesCaughtUp + 2,
      });
      // A relationship moved the topology: the projection was rebuilt from B's memory.
      expect(after.projection).toMatchObject({
        version: after.graphVersion,
        builds: before.projection.builds + 1,
      });

      // A rename through A: the projection is patched, not rebuilt.
      await write(a, {
        nodes: [{ kind: 'System', id: 'system:b-ledger', name: 'Ledger and HR', category: 'APPLICATION' }],
      });
      await vi.waitFor(
        async () => expect(await search(b, 'ledger hr')).toEqual(['system:b-ledger']),
        SEEN_WITHIN,
      );
      const names = await graphqlClient(b.graphqlUrl)<{
        impact: { affected: { edges: { node: { node: { id: string; name: string } } }[] } };
      }>(
        '{ impact(events: [{ type: NODE_FAILS, id: "site:gun-wharf" }]) { affected(first: 50) { edges { node { node { id name } } } } } }',
      );
      expect(
        names.data!.impact.affected.edges.map((e) => e.node).find((i) => i.node.id === 'system:b-ledger')
          ?.node.name,
      ).toBe('Ledger and HR');
      const renamed = await readyz(b);
      expect(renamed.readCache).toMatchObject({
        fullReads: before.readCache.fullReads,
        catchUps: before.readCache.catchUps + 2,
      });
      expect(renamed.projection).toMatchObject({
        version: renamed.graphVersion,
        builds: after.projection.builds,
        patches: after.projection.patches + 1,
      });
    });

    it("patches A's relationship added and removed into B's projection: no rebuild, no whole read", async () => {
      const link = { from: 'system:mobile-phones', type: 'HOSTED_AT', to: 'site:sessions-house' };
      // B's projection is current before the writes.
      expect(await whatIf(b, 'site:sessions-house')).not.toHaveProperty('system:mobile-phones');
      const before = await readyz(b);

      await write(a, { relationships: [link] });
      await vi.waitFor(
        async () =>
          expect(await whatIf(b, 'site:sessions-house')).toMatchObject({ 'system:mobile-phones': 'DOWN' }),
        SEEN_WITHIN,
      );
      expect(await neighbours(b, 'site:sessions-house')).toContain(
        'system:mobile-phones HOSTED_AT site:sessions-house',
      );
      const added = await readyz(b);
      expect(added.readCache).toMatchObject({
        version: added.graphVersion,
        fullReads: before.readCache.fullReads,
        catchUps: before.readCache.catchUps + 1,
      });
      expect(added.projection).toMatchObject({
        version: added.graphVersion,
        builds: before.projection.builds,
        patches: before.projection.patches + 1,
      });

      await write(a, { deleteRelationships: [link] });
      await vi.waitFor(
        async () => expect(await whatIf(b, 'site:sessions-house')).not.toHaveProperty('system:mobile-phones'),
        SEEN_WITHIN,
      );
      const removed = await readyz(b);
      expect(removed.readCache).toMatchObject({
        version: removed.graphVersion,
        fullReads: before.readCache.fullReads,
        catchUps: before.readCache.catchUps + 2,
      });
      expect(removed.projection).toMatchObject({
        version: removed.graphVersion,
        builds: before.projection.builds,
        patches: before.projection.patches + 2,
      });
    });

    it('reads the whole graph again when it has fallen further behind than it replays', async () => {
      const c = await open({ pollMs: POLL_MS, catchUpLimit: 2 });
      const before = await readyz(c);
      await write(a, {
        nodes: ['a', 'b', 'c'].map((x) => ({
          kind: 'System',
          id: `system:two-servers-bulk-${x}`,
          name: `Bulk ${x}`,
        })),
      });
      await vi.waitFor(async () => expect(await search(c, 'bulk')).toHaveLength(3), SEEN_WITHIN);
      expect((await readyz(c)).readCache).toMatchObject({
        catchUps: before.readCache.catchUps,
        fullReads: before.readCache.fullReads + 1,
      });
      // B, whose limit is the default, caught up from the history.
      await vi.waitFor(async () => expect(await search(b, 'bulk')).toHaveLength(3), SEEN_WITHIN);
    });
  });
}
