// The GraphQL read API over real HTTP on loopback, run against each store by passing a factory.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpServer, type RunningServer } from '../../server/src/app/http-server.js';
import { parseBatch } from '../../server/src/domain/metamodel/index.js';
import type { GraphStore } from '../../server/src/store/port.js';
import { everyKind, hub, twoDataCentres } from '../fixtures/graphs.js';

interface GraphqlResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: {
    message: string;
    extensions?: { code?: string; issues?: { path: string; message: string }[] };
  }[];
}

export function apiSuite(
  label: string,
  open: () => Promise<{ store: GraphStore; close(): Promise<void> }>,
): void {
  describe(`GraphQL API over HTTP: ${label}`, () => {
    let server: RunningServer;
    let opened: { store: GraphStore; close(): Promise<void> };
    let clientDir: string;

    const gql = async <T = Record<string, unknown>>(
      query: string,
      variables: Record<string, unknown> = {},
    ): Promise<GraphqlResponse<T>> => {
      const response = await fetch(server.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as Omit<GraphqlResponse<T>, 'status'>) };
    };

    beforeAll(async () => {
      opened = await open();
      await opened.store.clear();
      await opened.store.applyBatch(parseBatch(everyKind));
      await opened.store.applyBatch(parseBatch(twoDataCentres));
      await opened.store.applyBatch(parseBatch(hub(25)));
      clientDir = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-client-'));
      fs.writeFileSync(path.join(clientDir, 'index.html'), '<!doctype html><title>Explorer</title>');
      server = await startHttpServer({
        store: opened.store,
        logger: pino({ level: 'silent' }),
        host: '127.0.0.1',
        port: 0,
        production: false,
        clientDir,
      });
    });
    afterAll(async () => {
      await server?.close();
      await opened?.close();
      fs.rmSync(clientDir, { recursive: true, force: true });
    });

    it('answers node(id) with the kind’s own fields', async () => {
      const res = await gql(`{ node(id: "contract:kpsn-unisys") {
        id kind name version provenance { document section }
        ... on Contract { supplier start end noticeMonths valueGbp } } }`);
      expect(res.errors).toBeUndefined();
      expect(res.data?.node).toEqual({
        id: 'contract:kpsn-unisys',
        kind: 'Contract',
        name: 'KPSN managed service',
        version: 1,
        provenance: [{ document: 'fixture.txt', section: '§5' }],
        supplier: 'Unisys',
        start: '2010-02',
        end: '2015-02',
        noticeMonths: 12,
        valueGbp: 1250000.5,
      });
    });

    it('says NOT_FOUND, naming the id, for a node that does not exist', async () => {
      const res = await gql('{ node(id: "system:nothing-here") { id } }');
      expect(res.data).toBeNull();
      expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(res.errors?.[0]?.message).toMatch(/system:nothing-here/);
    });

    it('says BAD_USER_INPUT for an id that is not kind:slug', async () => {
      const res = await gql('query($id: ID!) { node(id: $id) { id } }', { id: 'gadget:x' });
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.issues?.[0]?.path).toBe('id');
    });

    it('answers nodes(ids) in order and names every missing id', async () => {
      const ok = await gql<{ nodes: { id: string }[] }>(
        '{ nodes(ids: ["site:gun-wharf", "system:kpsn"]) { id } }',
      );
      expect(ok.data?.nodes.map((n) => n.id)).toEqual(['site:gun-wharf', 'system:kpsn']);
      const missing = await gql('{ nodes(ids: ["system:kpsn", "system:x", "site:y"]) { id } }');
      expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(missing.errors?.[0]?.message).toMatch(/"system:x", "site:y"/);
    });

    it('searches with kind filter, total and cursor paging', async () => {
      type Page = {
        search: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: { node: { id: string } }[];
        };
      };
      const query = `query($after: String) { search(text: "spoke", kinds: [System], first: 10, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }`;
      const ids: string[] = [];
      let after: string | null = null;
      for (let i = 0; i < 3; i++) {
        const res: GraphqlResponse<Page> = await gql<Page>(query, { after });
        expect(res.data?.search.totalCount).toBe(25);
        ids.push(...res.data!.search.edges.map((e) => e.node.id));
        after = res.data!.search.pageInfo.endCursor;
        expect(res.data?.search.pageInfo.hasNextPage).toBe(i < 2);
      }
      expect(new Set(ids).size).toBe(25);
    });

    it('refuses a page size over the maximum, naming the argument', async () => {
      const res = await gql('{ search(text: "a", first: 5000) { totalCount } }');
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.issues?.[0]?.path).toBe('first');
    });

    it('returns a neighbourhood with relationships, impact and Cytoscape elements', async () => {
      type Sub = {
        neighbourhood: {
          nodes: { id: string; kind: string }[];
          relationships: {
            id: string;
            type: string;
            impact: string;
            redundancy: { group: string; k: number } | null;
          }[];
          truncated: boolean;
          elements: { group: string; data: { id: string; source?: string | null; target?: string | null } }[];
        };
      };
      const res = await gql<Sub>(`{ neighbourhood(id: "system:email", depth: 1) {
        nodes { id kind } truncated
        relationships { id type impact redundancy { group k } }
        elements { group data { id label kind source target type } } } }`);
      expect(res.errors).toBeUndefined();
      const n = res.data!.neighbourhood;
      expect(n.nodes.map((x) => x.id).sort()).toEqual([
        'site:gun-wharf',
        'site:sessions-house',
        'system:email',
      ]);
      expect(n.relationships).toContainEqual({
        id: 'system:email|HOSTED_AT|site:gun-wharf',
        type: 'HOSTED_AT',
        impact: 'SOURCE',
        redundancy: { group: 'data-centre', k: 1 },
      });
      expect(n.elements.filter((e) => e.group === 'nodes')).toHaveLength(3);
      expect(n.elements.find((e) => e.group === 'edges')?.data.source).toBe('system:email');
      expect(n.truncated).toBe(false);
    });

    it('truncates a hub’s neighbourhood at the limit and refuses a depth past the maximum', async () => {
      const res = await gql<{ neighbourhood: { truncated: boolean; nodes: unknown[] } }>(
        '{ neighbourhood(id: "system:hub", depth: 1, limit: 5) { truncated nodes { id } } }',
      );
      expect(res.data?.neighbourhood).toMatchObject({ truncated: true });
      expect(res.data?.neighbourhood.nodes).toHaveLength(5);
      const deep = await gql('{ neighbourhood(id: "system:hub", depth: 9) { truncated } }');
      expect(deep.errors?.[0]?.extensions?.issues?.[0]?.path).toBe('depth');
    });

    it('counts nodes per kind and relationships', async () => {
      const res = await gql<{
        counts: { nodes: number; relationships: number; byKind: { kind: string; count: number }[] };
      }>('{ counts { nodes relationships graphVersion byKind { kind count } } }');
      // gun-wharf is in both everyKind and twoDataCentres: one node.
      expect(res.data?.counts.nodes).toBe(7 + 5 + 26 - 1);
      expect(res.data?.counts.relationships).toBe(6 + 3 + 25);
      expect(res.data?.counts.byKind).toContainEqual({ kind: 'Site', count: 2 });
    });

    it('describes the metamodel: kinds, fields and relationship rules with impact', async () => {
      const res = await gql<{
        metamodel: {
          kinds: { kind: string; fields: { name: string }[] }[];
          relationshipTypes: { type: string; from: string[]; to: string[]; impact: string }[];
        };
      }>(
        '{ metamodel { kinds { kind idPrefix fields { name type enumValues } } relationshipTypes { type from to impact inverse } } }',
      );
      expect(res.data?.metamodel.kinds.find((k) => k.kind === 'System')?.fields.map((f) => f.name)).toContain(
        'rtoHours',
      );
      expect(res.data?.metamodel.relationshipTypes).toContainEqual(
        expect.objectContaining({ type: 'HOSTED_AT', from: ['System'], to: ['Site'], impact: 'SOURCE' }),
      );
    });

    it('rejects an unknown enum value before running anything', async () => {
      const res = await gql('{ search(text: "a", kinds: [Gadget]) { totalCount } }');
      expect(res.status).toBe(400);
      expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    });

    it('serves health, readiness with the store’s graph version, and the client', async () => {
      expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ status: 'ok' });
      const ready = (await (await fetch(`${server.url}/readyz`)).json()) as { status: string; store: string };
      expect(ready).toMatchObject({ status: 'ready', store: opened.store.name });
      const page = await fetch(`${server.url}/explore/system:kpsn`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<title>Explorer</title>');
      expect((await fetch(`${server.url}/healthz`)).headers.get('x-request-id')).toBeTruthy();
    });
  });
}
