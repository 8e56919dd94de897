// The GraphQL read API over real HTTP on loopback, run against each store by passing a factory.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/src/app/http-server.js';
import { defaultRelationshipId, parseBatch } from '../../server/src/domain/metamodel/index.js';
import type { GraphStore } from '../../server/src/store/port.js';
import { everyKind, hub, twoDataCentres } from '../fixtures/graphs.js';
import { graphqlClient, startTestServer, type GraphqlAnswer } from '../fixtures/test-server.js';

export function apiSuite(
  label: string,
  open: () => Promise<{ store: GraphStore; close(): Promise<void> }>,
): void {
  describe(`GraphQL API over HTTP: ${label}`, () => {
    let server: RunningServer;
    let opened: { store: GraphStore; close(): Promise<void> };
    let clientDir: string;

    const gql = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}) =>
      graphqlClient(server.graphqlUrl)<T>(query, variables);

    beforeAll(async () => {
      opened = await open();
      await opened.store.clear();
      await opened.store.applyBatch(parseBatch(everyKind));
      await opened.store.applyBatch(parseBatch(twoDataCentres));
      await opened.store.applyBatch(parseBatch(hub(25)));
      clientDir = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-client-'));
      fs.writeFileSync(path.join(clientDir, 'index.html'), '<!doctype html><title>Explorer</title>');
      server = await startTestServer(opened.store, { clientDir });
    });
    afterAll(async () => {
      await server?.close();
      await opened?.close();
      fs.rmSync(clientDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
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
        const res: GraphqlAnswer<Page> = await gql<Page>(query, { after });
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

    it('returns a neighbourhood as plain nodes and relationships, with impact', async () => {
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
        };
      };
      const res = await gql<Sub>(`{ neighbourhood(id: "system:email", depth: 1) {
        nodes { id kind } truncated
        relationships { id type impact redundancy { group k } } } }`);
      expect(res.errors).toBeUndefined();
      const n = res.data!.neighbourhood;
      expect(n.nodes.map((x) => x.id).sort()).toEqual([
        'site:gun-wharf',
        'site:sessions-house',
        'system:email',
      ]);
      expect(n.relationships).toContainEqual({
        id: defaultRelationshipId('system:email', 'HOSTED_AT', 'site:gun-wharf'),
        type: 'HOSTED_AT',
        impact: 'SOURCE',
        redundancy: { group: 'data-centre', k: 1 },
      });
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

    it('cuts a hub to its first hubLimit new neighbours by id and says how many it has', async () => {
      type Sub = {
        neighbourhood: {
          truncated: boolean;
          nodes: { id: string }[];
          capped: { id: string; total: number }[];
        };
      };
      const spoke = (i: number) => `system:spoke-${String(i).padStart(5, '0')}`;
      const fromHub = await gql<Sub>(
        '{ neighbourhood(id: "system:hub", depth: 1, hubLimit: 10) { truncated nodes { id } capped { id total } } }',
      );
      expect(fromHub.errors).toBeUndefined();
      expect(fromHub.data?.neighbourhood).toEqual({
        truncated: false,
        nodes: [{ id: 'system:hub' }, ...Array.from({ length: 10 }, (_, i) => ({ id: spoke(i) }))],
        capped: [{ id: 'system:hub', total: 25 }],
      });
      // Two levels out from a spoke: the hub is met at the first, and its other 24 spokes cut at the second.
      const throughHub = await gql<Sub>(
        `{ neighbourhood(id: "${spoke(3)}", depth: 2, hubLimit: 10) { truncated nodes { id } capped { id total } } }`,
      );
      expect(throughHub.data?.neighbourhood).toEqual({
        truncated: false,
        nodes: [spoke(3), 'system:hub', ...[0, 1, 2, 4, 5, 6, 7, 8, 9, 10].map(spoke)].map((id) => ({ id })),
        capped: [{ id: 'system:hub', total: 24 }],
      });
      // Under the default limit of 100, nothing is cut.
      const whole = await gql<Sub>(
        '{ neighbourhood(id: "system:hub", depth: 1) { nodes { id } capped { id } } }',
      );
      expect(whole.data?.neighbourhood.nodes).toHaveLength(26);
      expect(whole.data?.neighbourhood.capped).toEqual([]);
      const bad = await gql('{ neighbourhood(id: "system:hub", hubLimit: 0) { truncated } }');
      expect(bad.errors?.[0]?.extensions?.issues?.[0]?.path).toBe('hubLimit');
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
          name: string;
          kinds: { kind: string; impactRole: string; doc: string | null; fields: { name: string }[] }[];
          relationshipTypes: { type: string; from: string[]; to: string[]; impact: string }[];
        };
      }>(
        '{ metamodel { name kinds { kind idPrefix doc impactRole fields { name type enumValues required } } relationshipTypes { type from to impact inverse } } }',
      );
      // The file loaded at start-up (metamodels/council.yaml), roles and docs included.
      expect(res.data?.metamodel.name).toBe('council');
      expect(res.data?.metamodel.kinds.find((k) => k.kind === 'Theme')).toMatchObject({
        impactRole: 'strategic',
        doc: 'A priority, theme or objective within a strategy.',
      });
      expect(res.data?.metamodel.kinds.find((k) => k.kind === 'System')?.fields.map((f) => f.name)).toContain(
        'rtoHours',
      );
      expect(res.data?.metamodel.relationshipTypes).toContainEqual(
        expect.objectContaining({ type: 'HOSTED_AT', from: ['System'], to: ['Site'], impact: 'SOURCE' }),
      );
    });

    describe('changeMetamodel (admin)', () => {
      const council = fs.readFileSync(
        path.resolve(import.meta.dirname, '../../metamodels/council.yaml'),
        'utf8',
      );
      const change = (definition: string, dryRun = true) =>
        gql<{ changeMetamodel: { name: string; differences: string[]; applied: boolean } }>(
          'mutation ($d: String!, $dry: Boolean) { changeMetamodel(definition: $d, dryRun: $dry) { name differences applied } }',
          { d: definition, dry: dryRun },
        );
      const issuesOf = (res: GraphqlAnswer<unknown>) =>
        (res.errors?.[0]?.extensions?.issues as { path: string; message: string }[] | undefined) ?? [];

      it('accepts the metamodel being served: it fits the graph and differs in nothing', async () => {
        const res = await change(council);
        expect(res.errors).toBeUndefined();
        expect(res.data?.changeMetamodel).toEqual({ name: 'council', differences: [], applied: false });
      });

      it('refuses a change that would leave existing nodes invalid, listing every one', async () => {
        const res = await change(council.replace('values: [DATA_CENTRE, OFFICE,', 'values: [OFFICE,'));
        expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
        const paths = issuesOf(res).map((i) => i.path);
        expect(paths.sort()).toEqual(['node site:gun-wharf.siteKind', 'node site:sessions-house.siteKind']);
      });

      it('refuses a change that would leave relationships with ends their type no longer allows', async () => {
        const res = await change(
          council.replace(/(HOSTED_AT:\n {4}from: \[System\]\n {4}to: )\[Site\]/, '$1[Partner]'),
        );
        const issues = issuesOf(res);
        expect(issues.length).toBeGreaterThan(0);
        for (const issue of issues) {
          expect(issue.path).toMatch(/^relationship system:\S+ HOSTED_AT site:\S+\.to$/);
          expect(issue.message).toBe('a HOSTED_AT cannot end at a Site (allowed: Partner)');
        }
      });

      it('refuses a bad file naming the line and the reason, and reports a valid different one on a dry run', async () => {
        const bad = await change(council.replace('impact: SOURCE', 'impact: SIDEWAYS'));
        expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
        expect(issuesOf(bad)[0]?.path).toMatch(/^definition line \d+ \(relationships\.\w+\.impact\)$/);
        const wider = council.replace('max: 120', 'max: 240');
        expect((await change(wider)).data?.changeMetamodel.differences).toEqual([
          'Contract.noticeMonths differs',
        ]);
        // Applied on the store it changes (tests/api/metamodel-change-suite.ts); a dry run changes nothing.
        expect(
          (await gql<{ metamodel: { name: string } }>('{ metamodel { name } }')).data?.metamodel.name,
        ).toBe('council');
      });
    });

    it('rejects an unknown enum value before running anything', async () => {
      const res = await gql('{ search(text: "a", kinds: [Gadget]) { totalCount } }');
      expect(res.status).toBe(400);
      expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    });

    describe('what-if', () => {
      it('runs impact: redundancy leaves email exposed, a fallback leaves hipath degraded, states on the drawing', async () => {
        type Report = {
          impact: {
            totalAffected: number;
            counts: { kind: string; state: string; count: number }[];
            affected: {
              edges: {
                node: {
                  node: { id: string; name: string };
                  state: string;
                  explanation: { reason: string }[];
                };
              }[];
            };
            graph: {
              nodes: { node: { id: string; kind: string }; state: string }[];
              relationships: { id: string; from: string; type: string; to: string }[];
            };
          };
        };
        const res = await gql<Report>(
          `query($events: [ImpactEventInput!]) { impact(events: $events) {
            totalAffected counts { kind state count }
            affected(first: 10) { edges { node { node { id name } state explanation { reason } } } }
            graph { nodes { node { id kind } state } relationships { id from type to } } } }`,
          { events: [{ type: 'NODE_FAILS', id: 'site:gun-wharf' }] },
        );
        expect(res.errors).toBeUndefined();
        const items = res.data!.impact.affected.edges.map((e) => e.node);
        expect(Object.fromEntries(items.map((i) => [i.node.id, i.state]))).toMatchObject({
          'site:gun-wharf': 'DOWN',
          'system:email': 'EXPOSED',
          'system:hipath': 'DEGRADED',
          'system:kpsn': 'DOWN',
        });
        expect(items.find((i) => i.node.id === 'system:hipath')?.explanation.at(-1)?.reason).toBe(
          'HiPath telephony is hosted at Gun Wharf, which is down; HiPath telephony falls back to Mobile phones',
        );
        const graph = res.data!.impact.graph;
        expect(graph.nodes.find((n) => n.node.id === 'system:email')).toEqual({
          node: { id: 'system:email', kind: 'System' },
          state: 'EXPOSED',
        });
        // Relationships join nodes of the affected subgraph only, and name their ends by id.
        const drawn = new Set(graph.nodes.map((n) => n.node.id));
        expect(graph.relationships.length).toBeGreaterThan(0);
        for (const r of graph.relationships) expect(drawn.has(r.from) && drawn.has(r.to)).toBe(true);
        expect(graph.relationships).toContainEqual({
          id: defaultRelationshipId('system:email', 'HOSTED_AT', 'site:gun-wharf'),
          from: 'system:email',
          type: 'HOSTED_AT',
          to: 'site:gun-wharf',
        });
      });

      it('reports a breached recovery objective for an outage longer than it', async () => {
        const res = await gql<{
          impact: { breaches: { node: { id: string }; rtoHours: number; downHours: number }[] };
        }>(
          '{ impact(events: [{ type: NODE_FAILS, id: "system:kpsn", hours: 6 }]) { breaches { node { id } rtoHours downHours } } }',
        );
        expect(res.data?.impact.breaches).toEqual([
          { node: { id: 'system:kpsn' }, rtoHours: 4, downHours: 6 },
        ]);
      });

      it('names an unknown node and a bad date in events', async () => {
        const res = await gql(
          '{ impact(events: [{ type: NODE_FAILS, id: "system:nowhere" }]) { totalAffected } }',
        );
        expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
        expect(res.errors?.[0]?.extensions?.issues).toEqual([
          { path: 'events.0.id', message: 'no node "system:nowhere"' },
        ]);
        const date = await gql(
          '{ impact(events: [{ type: CONTRACTS_ENDED_BY, date: "2015-13" }]) { totalAffected } }',
        );
        expect(date.errors?.[0]?.message).toMatch(/2015-13|YYYY/);
        const missing = await gql('{ impact(events: [{ type: CONTRACTS_ENDED_BY }]) { totalAffected } }');
        expect(missing.errors?.[0]?.extensions?.issues?.[0]?.path).toBe('events.0.date');
      });

      it('explains the path from a failure to a node it reaches, as at a date', async () => {
        type Paths = { explainPath: { node: { id: string }; reason: string }[][] };
        const res = await gql<Paths>(
          '{ explainPath(from: "partner:unisys", to: "system:kpsn", asAt: "2014-06") { node { id } reason } }',
        );
        expect(res.data?.explainPath[0]?.map((s) => s.node.id)).toEqual([
          'partner:unisys',
          'contract:kpsn-unisys',
          'system:kpsn',
        ]);
        // The contract ended in February 2015: after it, Unisys reaches nothing through it.
        const later = await gql<Paths>(
          '{ explainPath(from: "partner:unisys", to: "system:kpsn", asAt: "2015-03-01") { node { id } } }',
        );
        expect(later.data?.explainPath).toEqual([]);
        // The SAN replacement (2021-22) came after the contract: no date has both live.
        const project = await gql<Paths>(
          '{ explainPath(from: "partner:unisys", to: "project:san-replacement", asAt: "2021-06") { node { id } } }',
        );
        expect(project.data?.explainPath).toEqual([]);
      });

      it('lists the contract horizon with notice deadlines, and the as-at view', async () => {
        const res = await gql<{
          contractHorizon: {
            contract: { id: string };
            end: string;
            noticeDeadline: string;
            impact: { criticalSystems: { id: string }[] };
          }[];
          asAt: { liveContracts: { id: string }[]; systemsWithoutLiveContract: { system: { id: string } }[] };
        }>(`{ contractHorizon(from: "2014-06", to: "2015-06") { contract { id } end noticeDeadline impact { criticalSystems { id } } }
              asAt(date: "2015-03-01") { liveContracts { id } systemsWithoutLiveContract { system { id } } } }`);
        expect(res.errors).toBeUndefined();
        expect(res.data?.contractHorizon).toEqual([
          {
            contract: { id: 'contract:kpsn-unisys' },
            end: '2015-02',
            noticeDeadline: '2014-02-28',
            impact: { criticalSystems: [{ id: 'system:kpsn' }] },
          },
        ]);
        expect(res.data?.asAt.liveContracts).toEqual([]);
        expect(res.data?.asAt.systemsWithoutLiveContract).toEqual([{ system: { id: 'system:kpsn' } }]);
        // As at a day before it began (February 2010), the contract is not on the horizon yet.
        const before = await gql<{ contractHorizon: unknown[] }>(
          '{ contractHorizon(from: "2014-06", to: "2015-06", asAt: "2010-01-31") { end } }',
        );
        expect(before.data?.contractHorizon).toEqual([]);
        const begun = await gql<{ contractHorizon: unknown[] }>(
          '{ contractHorizon(from: "2014-06", to: "2015-06", asAt: "2010-02") { end } }',
        );
        expect(begun.data?.contractHorizon).toEqual([{ end: '2015-02' }]);
      });

      it('saves, re-runs, compares, updates with a version check and deletes scenarios', async () => {
        const save = `mutation($input: ScenarioInput!) { saveScenario(input: $input) { id version impact { totalAffected } } }`;
        const one = await gql<{
          saveScenario: { id: string; version: number; impact: { totalAffected: number } };
        }>(save, {
          input: {
            id: 'gun-wharf',
            name: 'Gun Wharf down',
            events: [{ type: 'NODE_FAILS', id: 'site:gun-wharf' }],
          },
        });
        expect(one.data?.saveScenario).toMatchObject({ id: 'gun-wharf', version: 1 });
        await gql(save, {
          input: {
            id: 'both-dcs',
            name: 'Both data centres down',
            events: [
              { type: 'NODE_FAILS', id: 'site:gun-wharf' },
              { type: 'NODE_FAILS', id: 'site:sessions-house' },
            ],
          },
        });
        const cmp = await gql<{
          compareScenarios: {
            newlyAffected: { node: { id: string } }[];
            stateChanges: { node: { id: string }; from: string; to: string }[];
          };
        }>(
          '{ compareScenarios(a: "gun-wharf", b: "both-dcs") { newlyAffected { node { id } } stateChanges { node { id } from to } } }',
        );
        expect(cmp.data?.compareScenarios.newlyAffected.map((n) => n.node.id)).toEqual([
          'site:sessions-house',
        ]);
        expect(cmp.data?.compareScenarios.stateChanges).toContainEqual({
          node: { id: 'system:email' },
          from: 'EXPOSED',
          to: 'DOWN',
        });

        const rerun = await gql<{ impact: { totalAffected: number } }>(
          '{ impact(scenario: "gun-wharf") { totalAffected } }',
        );
        expect(rerun.data?.impact.totalAffected).toBe(one.data?.saveScenario.impact.totalAffected);

        const stale = await gql(save, {
          input: {
            id: 'gun-wharf',
            name: 'renamed',
            events: [{ type: 'NODE_FAILS', id: 'site:gun-wharf' }],
            expectedVersion: 7,
          },
        });
        expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
        const bad = await gql(save, {
          input: { id: 'Bad Id', name: 'x', events: [{ type: 'NODE_FAILS', id: 'site:nowhere' }] },
        });
        expect(bad.errors?.[0]?.extensions?.issues?.[0]?.path).toBe('input.id');

        for (const id of ['gun-wharf', 'both-dcs']) {
          expect(
            (await gql<{ deleteScenario: string }>(`mutation { deleteScenario(id: "${id}") }`)).data
              ?.deleteScenario,
          ).toBe(id);
        }
        const gone = await gql('{ scenario(id: "gun-wharf") { id } }');
        expect(gone.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      });
    });

    describe('editing and history', () => {
      const NODE =
        'mutation($node: NodeInput!) { createNode(node: $node) { id version ... on System { rtoHours } } }';
      const UPDATE = 'mutation($node: NodeInput!) { updateNode(node: $node) { id version name } }';

      it('creates a node once, and refuses the same id again as a CONFLICT', async () => {
        const node = { kind: 'System', id: 'system:payroll', name: 'Payroll', rtoHours: 24 };
        const res = await gql<{ createNode: { id: string; version: number; rtoHours: number } }>(NODE, {
          node,
        });
        expect(res.data?.createNode).toEqual({ id: 'system:payroll', version: 1, rtoHours: 24 });
        const again = await gql(NODE, { node });
        expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
        expect(again.errors?.[0]?.message).toMatch(/system:payroll" already exists/);
      });

      it('updates with optimistic concurrency: stale is a CONFLICT, unknown is NOT_FOUND', async () => {
        const node = { kind: 'System', id: 'system:payroll', name: 'Payroll service', expectedVersion: 1 };
        const ok = await gql<{ updateNode: { version: number; name: string } }>(UPDATE, { node });
        expect(ok.data?.updateNode).toMatchObject({ version: 2, name: 'Payroll service' });
        const stale = await gql(UPDATE, { node: { ...node, name: 'Stale' } });
        expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
        expect(stale.errors?.[0]?.message).toMatch(/version 2, not 1/);
        const missing = await gql(UPDATE, { node: { kind: 'System', id: 'system:ghost', name: 'Ghost' } });
        expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      });

      it('applies a batch atomically, listing every bad item and changing nothing', async () => {
        const before = await gql<{ counts: { nodes: number; graphVersion: number } }>(
          '{ counts { nodes graphVersion } }',
        );
        const res = await gql(
          'mutation($changes: ChangesInput!) { applyChanges(changes: $changes) { created } }',
          {
            changes: {
              nodes: [
                { kind: 'System', id: 'system:good', name: 'Good' },
                { kind: 'System', id: 'system:bad', name: 'Bad', rtoHours: -3 },
                { kind: 'System', id: 'system:worse', name: 'Worse', supplier: 'Someone' },
              ],
              relationships: [{ from: 'system:good', type: 'DEPENDS_ON', to: 'system:nowhere' }],
            },
          },
        );
        expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
        const paths = res.errors?.[0]?.extensions?.issues?.map((i) => i.path);
        expect(paths).toEqual(expect.arrayContaining(['nodes.1.rtoHours', 'nodes.2']));
        expect(JSON.stringify(res.errors?.[0]?.extensions?.issues)).toMatch(/supplier/);
        const after = await gql<{ counts: { nodes: number; graphVersion: number } }>(
          '{ counts { nodes graphVersion } }',
        );
        expect(after.data?.counts).toEqual(before.data?.counts);
        const unknownEnd = await gql(
          'mutation($changes: ChangesInput!) { applyChanges(changes: $changes) { created } }',
          {
            changes: {
              relationships: [{ from: 'system:payroll', type: 'DEPENDS_ON', to: 'system:nowhere' }],
            },
          },
        );
        expect(unknownEnd.errors?.[0]?.extensions?.issues).toEqual([
          { path: 'relationships.0.to', message: 'no node "system:nowhere" in the graph or in this batch' },
        ]);
      });

      it('dry-runs a batch: says what would change, writes nothing', async () => {
        type Summary = {
          applyChanges: {
            dryRun: boolean;
            created: number;
            totalChanges: number;
            changes: { action: string; targetId: string }[];
          };
        };
        const res = await gql<Summary>(
          'mutation($changes: ChangesInput!) { applyChanges(changes: $changes, dryRun: true) { dryRun created totalChanges changes { action targetId } } }',
          {
            changes: {
              nodes: [{ kind: 'Site', id: 'site:new-dc', name: 'New DC', siteKind: 'DATA_CENTRE' }],
            },
          },
        );
        expect(res.data?.applyChanges).toEqual({
          dryRun: true,
          created: 1,
          totalChanges: 1,
          changes: [{ action: 'CREATE', targetId: 'site:new-dc' }],
        });
        const look = await gql('{ node(id: "site:new-dc") { id } }');
        expect(look.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      });

      it('links, unlinks and deletes, and keeps the history of it all', async () => {
        const rel = { from: 'system:payroll', type: 'HOSTED_AT', to: 'site:gun-wharf' };
        const saved = await gql<{ saveRelationship: { id: string; impact: string } }>(
          'mutation($r: RelationshipInput!) { saveRelationship(relationship: $r) { id impact } }',
          { r: { ...rel, note: 'moved in 2014' } },
        );
        const id = defaultRelationshipId('system:payroll', 'HOSTED_AT', 'site:gun-wharf');
        expect(saved.data?.saveRelationship).toEqual({ id, impact: 'SOURCE' });
        const unlinked = await gql<{ deleteRelationship: string }>(
          'mutation($id: ID!) { deleteRelationship(id: $id) }',
          { id },
        );
        expect(unlinked.data?.deleteRelationship).toBe(id);
        const deleted = await gql<{ deleteNode: string }>(
          'mutation { deleteNode(id: "system:payroll", expectedVersion: 2) }',
        );
        expect(deleted.data?.deleteNode).toBe('system:payroll');

        type Page = {
          history: {
            edges: {
              node: {
                action: string;
                target: string;
                actor: string;
                targetId: string;
                before: { name?: string } | null;
                after: { note?: string } | null;
              };
            }[];
            pageInfo: { hasNextPage: boolean; endCursor: string };
          };
        };
        const page = await gql<Page>(
          '{ history(subject: "system:payroll", first: 3) { edges { node { action target actor targetId before after } } pageInfo { hasNextPage endCursor } } }',
        );
        expect(page.data?.history.edges.map((e) => e.node).map((c) => `${c.action} ${c.target}`)).toEqual([
          'DELETE NODE',
          'DELETE RELATIONSHIP',
          'CREATE RELATIONSHIP',
        ]);
        expect(page.data?.history.edges.map((e) => e.node)[0]).toMatchObject({
          actor: 'development',
          before: { name: 'Payroll service' },
        });
        // The value after a change is the value before the next one (the link, then its deletion).
        expect(page.data?.history.edges.map((e) => e.node)[2]?.after).toMatchObject({
          note: 'moved in 2014',
        });
        expect(page.data?.history.edges.map((e) => e.node)[0]?.after).toBeNull();
        expect(page.data?.history.pageInfo.hasNextPage).toBe(true);
        const rest = await gql<Page>(
          'query($after: String) { history(subject: "system:payroll", first: 10, after: $after) { edges { node { action target } } pageInfo { hasNextPage endCursor } } }',
          {
            after: page.data?.history.pageInfo.endCursor,
          },
        );
        expect(rest.data?.history.edges.map((e) => e.node).map((c) => `${c.action} ${c.target}`)).toEqual([
          'UPDATE NODE',
          'CREATE NODE',
        ]);
        expect(rest.data?.history.pageInfo.hasNextPage).toBe(false);
        const onNode = await gql<{ node: { history: { edges: { node: { action: string } }[] } } }>(
          '{ node(id: "system:kpsn") { history(first: 5) { edges { node { action } } } } }',
        );
        expect(onNode.errors).toBeUndefined();
        expect(onNode.data?.node.history.edges.length).toBeGreaterThan(0);
      });
    });

    it('creates two relationships of one type between the same pair, edits, unlinks and traces each by id', async () => {
      type Rel = { id: string; note: string | null };
      const input = { from: 'system:hipath', type: 'DEPENDS_ON', to: 'system:email' };
      const create = (note: string) =>
        gql<{ createRelationship: Rel }>(
          'mutation($r: RelationshipInput!) { createRelationship(relationship: $r) { id note } }',
          { r: { ...input, note } },
        );
      const first = (await create('calls')).data!.createRelationship;
      const second = (await create('voicemail')).data!.createRelationship;
      expect(first.id).toBe(defaultRelationshipId(input.from, 'DEPENDS_ON', input.to));
      expect(second.id).toMatch(/^rel:[0-9a-f]{32}$/);
      const taken = await gql(
        'mutation($r: RelationshipInput!) { createRelationship(relationship: $r) { id } }',
        {
          r: { ...input, id: second.id },
        },
      );
      expect(taken.errors?.[0]?.extensions?.code).toBe('CONFLICT');

      const updated = await gql<{ updateRelationship: Rel }>(
        'mutation($r: RelationshipInput!) { updateRelationship(relationship: $r) { id note } }',
        { r: { ...input, id: second.id, note: 'voicemail and fax' } },
      );
      expect(updated.data?.updateRelationship).toEqual({ id: second.id, note: 'voicemail and fax' });
      const moved = await gql(
        'mutation($r: RelationshipInput!) { updateRelationship(relationship: $r) { id } }',
        {
          r: { ...input, from: 'system:mobile-phones', id: second.id },
        },
      );
      expect(moved.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const ambiguous = await gql(
        'mutation($r: RelationshipInput!) { saveRelationship(relationship: $r) { id } }',
        {
          r: input,
        },
      );
      expect(ambiguous.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(ambiguous.errors?.[0]?.extensions)).toContain('give the id');

      const hood = await gql<{
        neighbourhood: { relationships: Rel[] };
      }>(
        '{ neighbourhood(id: "system:hipath", depth: 1, types: [DEPENDS_ON]) { relationships { id note } } }',
      );
      expect(hood.data?.neighbourhood.relationships).toEqual(
        expect.arrayContaining([first, { id: second.id, note: 'voicemail and fax' }]),
      );

      const unlinked = await gql('mutation($id: ID!) { deleteRelationship(id: $id) }', { id: first.id });
      expect(unlinked.data).toEqual({ deleteRelationship: first.id });
      const again = await gql('mutation($id: ID!) { deleteRelationship(id: $id) }', { id: first.id });
      expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const left = await gql<{ neighbourhood: { relationships: Rel[] } }>(
        '{ neighbourhood(id: "system:hipath", depth: 1, types: [DEPENDS_ON]) { relationships { id note } } }',
      );
      expect(left.data?.neighbourhood.relationships).toEqual([{ id: second.id, note: 'voicemail and fax' }]);

      const history = await gql<{ history: { edges: { node: { action: string; targetId: string } }[] } }>(
        '{ history(subject: "system:email", first: 4) { edges { node { action targetId } } } }',
      );
      expect(history.data?.history.edges.map((e) => e.node).slice(0, 4)).toEqual([
        { action: 'DELETE', targetId: first.id },
        { action: 'UPDATE', targetId: second.id },
        { action: 'CREATE', targetId: second.id },
        { action: 'CREATE', targetId: first.id },
      ]);
      await gql('mutation($id: ID!) { deleteRelationship(id: $id) }', { id: second.id });
    });

    it('serves health, readiness with the store’s graph version, and the client', async () => {
      expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ status: 'ok' });
      const ready = (await (await fetch(`${server.url}/readyz`)).json()) as { status: string; store: string };
      expect(ready).toMatchObject({ status: 'ready', store: opened.store.name });
      const page = await fetch(`${server.url}/explore/system:kpsn`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<title>Explorer</title>');
      // A path that is no page still gets the page (it says "not found"), with a 404.
      const missing = await fetch(`${server.url}/no/such/page`);
      expect(missing.status).toBe(404);
      expect(await missing.text()).toContain('<title>Explorer</title>');
      expect((await fetch(`${server.url}/healthz`)).headers.get('x-request-id')).toBeTruthy();
    });
  });
}
