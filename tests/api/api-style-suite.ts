// One API style, over HTTP: every list that pages answers the same connection (edges with opaque
// cursors, complete PageInfo, totalCount where known); closed sets are enums generated from the
// domain's lists; instants are DateTime. Run against each store by passing a factory.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/src/app/http-server.js';
import { CHANGE_ACTIONS, CHANGE_TARGETS } from '../../server/src/domain/history/change.js';
import { CAUSE_CODES, IMPACT_EVENT_TYPES, IMPACT_STATES } from '../../server/src/domain/impact/index.js';
import { IMPACT_ROLES, parseBatch } from '../../server/src/domain/metamodel/index.js';
import type { GraphStore } from '../../server/src/store/port.js';
import { everyKind, hub, twoDataCentres } from '../fixtures/graphs.js';
import { graphqlClient, startTestServer, type GraphqlAnswer } from '../fixtures/test-server.js';

interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}
interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount?: number;
}

const PAGE_INFO = 'pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

export function apiStyleSuite(
  label: string,
  open: () => Promise<{ store: GraphStore; close(): Promise<void> }>,
): void {
  describe(`one API style over HTTP: ${label}`, () => {
    let server: RunningServer;
    let opened: { store: GraphStore; close(): Promise<void> };
    const gql = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}) =>
      graphqlClient(server.graphqlUrl)<T>(query, variables);

    beforeAll(async () => {
      opened = await open();
      await opened.store.clear();
      await opened.store.applyBatch(parseBatch(everyKind));
      await opened.store.applyBatch(parseBatch(twoDataCentres));
      await opened.store.applyBatch(parseBatch(hub(25)));
      server = await startTestServer(opened.store);
    });
    afterAll(async () => {
      await server?.close();
      await opened?.close();
    });

    /** Every page of a list, following endCursor until hasNextPage is false. */
    async function pageThrough<T>(
      read: (after: string | null) => Promise<GraphqlAnswer<Connection<T>>>,
    ): Promise<{ pages: Connection<T>[]; items: T[] }> {
      const pages: Connection<T>[] = [];
      let after: string | null = null;
      for (let guard = 0; guard < 50; guard++) {
        const res: GraphqlAnswer<Connection<T>> = await read(after);
        expect(res.errors).toBeUndefined();
        const page = res.data!;
        pages.push(page);
        const { pageInfo, edges } = page;
        // The page's ends are its first and last edges' cursors; before the first page, nothing.
        expect(pageInfo.startCursor).toBe(edges[0]?.cursor ?? null);
        expect(pageInfo.endCursor).toBe(edges.at(-1)?.cursor ?? null);
        expect(pageInfo.hasPreviousPage).toBe(after !== null);
        if (!pageInfo.hasNextPage) return { pages, items: pages.flatMap((p) => p.edges.map((e) => e.node)) };
        after = pageInfo.endCursor;
      }
      throw new Error('more than 50 pages');
    }

    it('pages search forward to the end: totalCount, complete PageInfo, hasNextPage false on the last page', async () => {
      const read = async (after: string | null) => {
        const res = await gql<{ search: Connection<{ id: string }> }>(
          `query($after: String) { search(text: "spoke", kinds: [System], first: 10, after: $after) {
            totalCount ${PAGE_INFO} edges { cursor node { id } } } }`,
          { after },
        );
        return { ...res, data: res.data?.search };
      };
      const { pages, items } = await pageThrough(read);
      expect(pages.map((p) => p.edges.length)).toEqual([10, 10, 5]);
      expect(pages.every((p) => p.totalCount === 25)).toBe(true);
      expect(new Set(items.map((n) => n.id)).size).toBe(25);
      // A cursor from the middle of a page round-trips: the next page starts right after its item.
      const middle = pages[0]!.edges[4]!;
      const after = await read(middle.cursor);
      expect(after.data?.edges[0]?.node.id).toBe(pages[0]!.edges[5]!.node.id);
    });

    it('pages an impact run’s affected nodes forward to the end, each once', async () => {
      const read = async (after: string | null) => {
        const res = await gql<{
          impact: { totalAffected: number; affected: Connection<{ node: { id: string }; state: string }> };
        }>(
          `query($after: String) { impact(events: [{ type: NODE_FAILS, id: "system:hub" }]) {
            totalAffected affected(first: 7, after: $after) { totalCount ${PAGE_INFO} edges { cursor node { node { id } state } } } } }`,
          { after },
        );
        return { ...res, data: res.data?.impact.affected };
      };
      const { pages, items } = await pageThrough(read);
      const total = pages[0]!.totalCount!;
      expect(total).toBe(26); // the hub and its 25 spokes
      expect(pages.map((p) => p.edges.length)).toEqual([7, 7, 7, 5]);
      expect(new Set(items.map((a) => a.node.id)).size).toBe(total);
      expect(items[0]).toEqual({ node: { id: 'system:hub' }, state: 'DOWN' });
      const middle = pages[1]!.edges[2]!;
      expect((await read(middle.cursor)).data?.edges[0]?.node).toEqual(pages[1]!.edges[3]!.node);
    });

    it('pages the history and a node’s history the same way, newest first, to the end', async () => {
      const edit = (name: string) =>
        gql('mutation($n: NodeInput!) { updateNode(node: $n) { version } }', {
          n: { kind: 'Site', id: 'site:gun-wharf', name },
        });
      for (const name of ['Gun Wharf 1', 'Gun Wharf 2', 'Gun Wharf 3', 'Gun Wharf']) {
        expect((await edit(name)).errors).toBeUndefined();
      }
      type Change = { version: number; index: number; action: string; at: string };
      const whole = await pageThrough(async (after) => {
        const res = await gql<{ history: Connection<Change> }>(
          `query($after: String) { history(subject: "site:gun-wharf", first: 2, after: $after) {
            ${PAGE_INFO} edges { cursor node { version index action at } } } }`,
          { after },
        );
        return { ...res, data: res.data?.history };
      });
      const onNode = await pageThrough(async (after) => {
        const res = await gql<{ node: { history: Connection<Change> } }>(
          `query($after: String) { node(id: "site:gun-wharf") { history(first: 3, after: $after) {
            ${PAGE_INFO} edges { cursor node { version index action at } } } } }`,
          { after },
        );
        return { ...res, data: res.data?.node.history };
      });
      const key = (c: Change) => `${c.version}.${c.index}`;
      expect(whole.items.length).toBeGreaterThanOrEqual(5); // created, then four updates
      expect(onNode.items.map(key)).toEqual(whole.items.map(key));
      const versions = whole.items.map((c) => c.version);
      expect([...versions].sort((a, b) => b - a)).toEqual(versions);
      expect(whole.items.at(-1)?.action).toBe('CREATE');
      // The history's length is not counted: no totalCount on its connection.
      const typed = await gql<{ __type: { fields: { name: string }[] } }>(
        '{ __type(name: "ChangeConnection") { fields { name } } }',
      );
      expect(typed.data?.__type.fields.map((f) => f.name).sort()).toEqual(['edges', 'pageInfo']);
    });

    it('refuses a cursor it did not give, naming the argument', async () => {
      const forged = Buffer.from('["offset",-1]').toString('base64url');
      const searchCursor = (
        await gql<{ search: Connection<unknown> }>(`{ search(text: "spoke", first: 1) { ${PAGE_INFO} } }`)
      ).data!.search.pageInfo.endCursor;
      const cases: [string, string, string][] = [
        ['search', 'query($a: String) { search(text: "spoke", after: $a) { totalCount } }', 'not-a-cursor'],
        [
          'affected',
          'query($a: String) { impact(events: [{ type: NODE_FAILS, id: "system:hub" }]) { affected(after: $a) { totalCount } } }',
          forged,
        ],
        // A cursor of another list is not one of this list's.
        [
          'affected',
          'query($a: String) { impact(events: [{ type: NODE_FAILS, id: "system:hub" }]) { affected(after: $a) { totalCount } } }',
          searchCursor!,
        ],
        ['history', 'query($a: String) { history(after: $a) { pageInfo { hasNextPage } } }', 'zzz'],
        [
          'Node.history',
          'query($a: String) { node(id: "system:hub") { history(after: $a) { pageInfo { hasNextPage } } } }',
          'zzz',
        ],
      ];
      for (const [list, query, cursor] of cases) {
        const res = await gql(query, { a: cursor });
        expect(res.errors?.[0]?.extensions?.code, list).toBe('BAD_USER_INPUT');
        expect(res.errors?.[0]?.extensions?.issues, list).toEqual([
          { path: 'after', message: 'not a cursor this API returned' },
        ]);
      }
    });

    it('serves the domain’s closed sets as enums, and rejects a value outside them', async () => {
      const values = async (name: string) =>
        (
          await gql<{ __type: { kind: string; enumValues: { name: string }[] } }>(
            'query($n: String!) { __type(name: $n) { kind enumValues { name } } }',
            { n: name },
          )
        ).data!.__type.enumValues.map((v) => v.name);
      expect(await values('CauseCode')).toEqual([...CAUSE_CODES]);
      expect(await values('ImpactState')).toEqual([...IMPACT_STATES]);
      expect(await values('ImpactEventType')).toEqual([...IMPACT_EVENT_TYPES]);
      expect(await values('ChangeAction')).toEqual([...CHANGE_ACTIONS]);
      expect(await values('ChangeTarget')).toEqual([...CHANGE_TARGETS]);
      expect(await values('ImpactRole')).toEqual([...IMPACT_ROLES]);

      const code = await gql<{
        impact: { affected: { edges: { node: { explanation: { code: string }[] } }[] } };
      }>(
        '{ impact(events: [{ type: NODE_FAILS, id: "system:hub" }]) { affected(first: 2) { edges { node { explanation { code } } } } } }',
      );
      expect(code.data?.impact.affected.edges[1]?.node.explanation.map((s) => s.code)).toEqual([
        'EVENT',
        'DEPENDENCY_DOWN',
      ]);

      // In the document: refused by validation, before anything runs.
      const literal = await gql(
        '{ impact(events: [{ type: NODE_FAILS, id: "system:hub" }]) { affected(states: [BROKEN]) { totalCount } } }',
      );
      expect(literal.status).toBe(400);
      expect(literal.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(literal.errors?.[0]?.message).toMatch(/BROKEN/);
      // In a variable: refused naming the variable.
      const variable = await gql('query($e: [ImpactEventInput!]) { impact(events: $e) { totalAffected } }', {
        e: [{ type: 'NODE_EXPLODES', id: 'system:hub' }],
      });
      expect(variable.status).toBe(400);
      expect(variable.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(variable.errors?.[0]?.message).toMatch(/\$e.*NODE_EXPLODES/s);
    });

    it('answers instants as DateTime (ISO 8601, UTC) and dates as PartialDate', async () => {
      const fields = async (type: string) =>
        Object.fromEntries(
          (
            await gql<{
              __type: {
                fields: { name: string; type: { name: string | null; ofType: { name: string } | null } }[];
              };
            }>('query($n: String!) { __type(name: $n) { fields { name type { name ofType { name } } } } }', {
              n: type,
            })
          ).data!.__type.fields.map((f) => [f.name, f.type.name ?? f.type.ofType?.name]),
        );
      expect(await fields('Change')).toMatchObject({ at: 'DateTime' });
      expect(await fields('Scenario')).toMatchObject({ createdAt: 'DateTime', updatedAt: 'DateTime' });
      expect(await fields('Backup')).toMatchObject({ at: 'DateTime' });
      expect(await fields('ImpactReport')).toMatchObject({ asAt: 'PartialDate' });

      const before = Date.now();
      const saved = await gql<{ saveScenario: { createdAt: string; updatedAt: string } }>(
        'mutation($s: ScenarioInput!) { saveScenario(input: $s) { createdAt updatedAt } }',
        { s: { id: 'hub-fails', name: 'Hub fails', events: [{ type: 'NODE_FAILS', id: 'system:hub' }] } },
      );
      expect(saved.errors).toBeUndefined();
      const { createdAt, updatedAt } = saved.data!.saveScenario;
      for (const instant of [createdAt, updatedAt]) {
        expect(instant).toMatch(ISO_INSTANT);
        expect(Date.parse(instant)).toBeGreaterThanOrEqual(before - 1000);
        expect(Date.parse(instant)).toBeLessThanOrEqual(Date.now() + 1000);
      }
      const history = await gql<{ history: Connection<{ at: string }> }>(
        '{ history(first: 3) { edges { node { at } } } }',
      );
      for (const e of history.data!.history.edges) expect(e.node.at).toMatch(ISO_INSTANT);
      await gql('mutation { deleteScenario(id: "hub-fails") }');
    });
  });
}
