// What an answer means, through GraphQL over HTTP on each store: the four states, as-at reads,
// and explanation hops in names with their provenance. One small named graph: a regional data
// centre on two sites (1 of 2 needed), email on it, a project needing email (2020–23), and an
// old CRM that ended in 2015.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/src/app/http-server.js';
import { parseBatch, type GraphBatchInput } from '../../server/src/domain/metamodel/index.js';
import type { GraphStore } from '../../server/src/store/port.js';
import { graphqlClient, startTestServer } from '../fixtures/test-server.js';

const site = (group: string) => ({ redundancy: { group, k: 1 } });
export const regionalDataCentre = {
  nodes: [
    { kind: 'Site', id: 'site:sessions-house', name: 'Sessions House' },
    { kind: 'Site', id: 'site:gun-wharf', name: 'Gun Wharf' },
    { kind: 'System', id: 'system:rdc', name: 'Regional Data Centre' },
    { kind: 'System', id: 'system:email', name: 'Email' },
    { kind: 'System', id: 'system:old-crm', name: 'Old CRM', end: '2015-12' },
    { kind: 'Project', id: 'project:cloud-move', name: 'Cloud move', start: '2020', end: '2023' },
  ],
  relationships: [
    {
      from: 'system:rdc',
      type: 'HOSTED_AT',
      to: 'site:sessions-house',
      ...site('sites'),
      provenance: [{ document: 'ict.txt', section: '4.2', quote: 'one data centre remains operational' }],
    },
    { from: 'system:rdc', type: 'HOSTED_AT', to: 'site:gun-wharf', ...site('sites') },
    {
      from: 'system:email',
      type: 'DEPENDS_ON',
      to: 'system:rdc',
      provenance: [{ document: 'ict.txt', section: '5', inferred: true }],
    },
    { from: 'system:old-crm', type: 'DEPENDS_ON', to: 'system:rdc' },
    { from: 'project:cloud-move', type: 'DEPENDS_ON', to: 'system:email' },
  ],
} satisfies GraphBatchInput;

interface Report {
  impact: {
    asAt: string;
    headline: {
      servicesDown: number;
      servicesDegraded: number;
      servicesExposed: number;
      plansAtRisk: number;
    };
    affected: {
      edges: {
        node: {
          node: { id: string };
          state: string;
          explanation: {
            reason: string;
            lost: { name: string }[];
            held: number | null;
            hop: {
              text: string;
              words: string;
              inferred: boolean;
              provenance: { quote: string | null }[];
            } | null;
          }[];
        };
      }[];
    };
  };
}
const REPORT = `query($events: [ImpactEventInput!], $asAt: PartialDate) { impact(events: $events, asAt: $asAt) {
  asAt headline { servicesDown servicesDegraded servicesExposed plansAtRisk }
  affected(first: 50) { edges { node { node { id } state explanation {
    reason lost { name } held hop { text words inferred provenance { quote } } } } } } } }`;

export function answersSuite(
  label: string,
  open: () => Promise<{ store: GraphStore; close(): Promise<void> }>,
) {
  describe(`impact answers over HTTP: ${label}`, () => {
    let server: RunningServer;
    let opened: { store: GraphStore; close(): Promise<void> };
    const gql = async <T>(query: string, variables: Record<string, unknown> = {}) => {
      const answer = await graphqlClient(server.graphqlUrl)<T>(query, variables);
      expect(answer.errors).toBeUndefined();
      return answer.data!;
    };
    const run = async (ids: string[], asAt: string) => {
      const { impact } = await gql<Report>(REPORT, {
        events: ids.map((id) => ({ type: 'NODE_FAILS', id })),
        asAt,
      });
      const state = Object.fromEntries(
        impact.affected.edges.map((e) => e.node).map((a) => [a.node.id, a.state]),
      );
      const why = (id: string) =>
        impact.affected.edges.map((e) => e.node).find((a) => a.node.id === id)!.explanation;
      return { impact, state, why };
    };

    beforeAll(async () => {
      opened = await open();
      await opened.store.clear();
      await opened.store.applyBatch(parseBatch(regionalDataCentre));
      server = await startTestServer(opened.store);
    });
    afterAll(async () => {
      await server?.close();
      await opened?.close();
    });

    it('one site down: the data centre and what needs it are exposed, nothing degraded, no plan at risk', async () => {
      const { impact, state, why } = await run(['site:sessions-house'], '2021-06-01');
      expect(impact.asAt).toBe('2021-06-01');
      expect(state).toEqual({
        'site:sessions-house': 'DOWN',
        'system:rdc': 'EXPOSED',
        'system:email': 'EXPOSED',
      });
      expect(impact.headline).toEqual({
        servicesDown: 1,
        servicesDegraded: 0,
        servicesExposed: 2,
        plansAtRisk: 0,
      });
      const rdc = why('system:rdc').at(-1)!;
      expect(rdc.reason).toBe('Sessions House is down; Regional Data Centre has 1 of 2 sites left (needs 1)');
      expect(rdc.held).toBe(1);
      expect(rdc.hop).toEqual({
        text: 'Regional Data Centre is hosted at Sessions House',
        words: 'hosted at',
        inferred: false,
        provenance: [{ quote: 'one data centre remains operational' }],
      });
      const email = why('system:email').at(-1)!;
      expect(email.reason).toBe(
        'Email depends on Regional Data Centre, which is exposed, so Email is one more failure away from down',
      );
      expect(email.hop).toMatchObject({ text: 'Email depends on Regional Data Centre', inferred: true });
    });

    it('both sites down: every lost site is a cause, the data centre and email are down, the plan at risk', async () => {
      const { impact, state, why } = await run(['site:sessions-house', 'site:gun-wharf'], '2021-06-01');
      expect(state).toEqual({
        'site:sessions-house': 'DOWN',
        'site:gun-wharf': 'DOWN',
        'system:rdc': 'DOWN',
        'system:email': 'DOWN',
        'project:cloud-move': 'AT_RISK',
      });
      expect(impact.headline).toEqual({
        servicesDown: 4,
        servicesDegraded: 0,
        servicesExposed: 0,
        plansAtRisk: 1,
      });
      const rdc = why('system:rdc').at(-1)!;
      expect(rdc.lost.map((n) => n.name)).toEqual(['Gun Wharf', 'Sessions House']);
      expect(rdc.reason).toBe(
        'Gun Wharf and Sessions House are down; Regional Data Centre has 0 of 2 sites left and needs 1',
      );
    });

    it('as at 2014 the old CRM is there and the project is not; the answer changes with the date', async () => {
      const early = await run(['site:sessions-house', 'site:gun-wharf'], '2014-06');
      expect(early.impact.asAt).toBe('2014-06-01');
      expect(early.state['system:old-crm']).toBe('DOWN');
      expect(early.state['project:cloud-move']).toBeUndefined();
      const late = await run(['site:sessions-house', 'site:gun-wharf'], '2021-06-01');
      expect(late.state['system:old-crm']).toBeUndefined();
    });

    it('search and neighbourhood show only what is live on the date', async () => {
      type Found = { search: { totalCount: number; edges: { node: { id: string } }[] } };
      const search = (asAt: string) =>
        gql<Found>(
          'query($asAt: PartialDate) { search(text: "crm", asAt: $asAt) { totalCount edges { node { id } } } }',
          {
            asAt,
          },
        );
      expect((await search('2015-12-31')).search.totalCount).toBe(1);
      expect((await search('2016-01-01')).search.totalCount).toBe(0);
      type Near = { neighbourhood: { nodes: { id: string }[] } };
      const near = (asAt: string) =>
        gql<Near>(
          'query($asAt: PartialDate) { neighbourhood(id: "system:rdc", asAt: $asAt) { nodes { id } } }',
          {
            asAt,
          },
        );
      expect((await near('2014')).neighbourhood.nodes.map((n) => n.id).sort()).toEqual([
        'site:gun-wharf',
        'site:sessions-house',
        'system:email',
        'system:old-crm',
        'system:rdc',
      ]);
      expect((await near('2021')).neighbourhood.nodes.map((n) => n.id)).not.toContain('system:old-crm');
    });

    it('reads as at today when no date is given: what has ended is not found or walked', async () => {
      // The old CRM ended in 2015 and the project in 2023: neither is live today.
      const found = await gql<{ search: { totalCount: number } }>('{ search(text: "crm") { totalCount } }');
      expect(found.search.totalCount).toBe(0);
      const plans = await gql<{ search: { totalCount: number } }>(
        '{ search(text: "", kinds: [Project]) { totalCount } }',
      );
      expect(plans.search.totalCount).toBe(0);
      const near = await gql<{
        neighbourhood: { nodes: { id: string }[]; relationships: { from: string }[] };
      }>('{ neighbourhood(id: "system:rdc", depth: 2) { nodes { id } relationships { from } } }');
      expect(near.neighbourhood.nodes.map((n) => n.id).sort()).toEqual([
        'site:gun-wharf',
        'site:sessions-house',
        'system:email',
        'system:rdc',
      ]);
      expect(near.neighbourhood.relationships.map((r) => r.from)).not.toContain('system:old-crm');
    });

    it('answers a node by id whatever its dates, saying whether it is live on the date', async () => {
      type One = { node: { id: string; name: string; live: boolean; end: string | null } };
      const today = await gql<One>('{ node(id: "system:old-crm") { id name live end } }');
      expect(today.node).toEqual({ id: 'system:old-crm', name: 'Old CRM', live: false, end: '2015-12' });
      const then = await gql<One>('{ node(id: "system:old-crm", asAt: "2015-12-31") { id name live end } }');
      expect(then.node.live).toBe(true);
      const many = await gql<{ nodes: { id: string; live: boolean }[] }>(
        '{ nodes(ids: ["system:old-crm", "system:email", "project:cloud-move"], asAt: "2021") { id live } }',
      );
      expect(many.nodes).toEqual([
        { id: 'system:old-crm', live: false },
        { id: 'system:email', live: true },
        { id: 'project:cloud-move', live: true },
      ]);
      // Its neighbourhood on a day it is not live: the node alone, nothing connected to it.
      const alone = await gql<{
        neighbourhood: { nodes: { id: string; live: boolean }[]; relationships: unknown[] };
      }>('{ neighbourhood(id: "system:old-crm", depth: 2) { nodes { id live } relationships { id } } }');
      expect(alone.neighbourhood).toEqual({
        nodes: [{ id: 'system:old-crm', live: false }],
        relationships: [],
      });
      const found = await gql<{ search: { edges: { node: { id: string; live: boolean } }[] } }>(
        '{ search(text: "crm", asAt: "2014") { edges { node { id live } } } }',
      );
      expect(found.search.edges).toEqual([{ node: { id: 'system:old-crm', live: true } }]);
    });

    it('refuses an as-at date that is not one, naming it, on every read', async () => {
      for (const [query, asAt] of [
        ['query($asAt: PartialDate) { search(text: "crm", asAt: $asAt) { totalCount } }', '2015-13'],
        [
          'query($asAt: PartialDate) { neighbourhood(id: "system:rdc", asAt: $asAt) { truncated } }',
          '2015-02-30',
        ],
        ['query($asAt: PartialDate) { node(id: "system:rdc", asAt: $asAt) { id } }', 'soon'],
        [
          'query($asAt: PartialDate) { contractHorizon(from: "2015", to: "2016", asAt: $asAt) { end } }',
          '2015-00',
        ],
      ] as const) {
        const answer = await graphqlClient(server.graphqlUrl)(query, { asAt });
        expect(answer.data ?? null, query).toBeNull();
        expect(answer.errors?.[0]?.extensions?.code, query).toBe('BAD_USER_INPUT');
        expect(answer.errors?.[0]?.message, query).toMatch(/asAt/);
      }
    });
  });
}
