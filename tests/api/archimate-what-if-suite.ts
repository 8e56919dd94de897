// What-ifs on a store of the ArchiMate profile, over GraphQL on a real server: a small Open
// Exchange model is imported, and failures spread along each relationship type's direction of
// impact as metamodels/archimate.yaml gives it (Assignment, Serving, Realization: the target
// suffers; Access, Composition: the source; Association: nobody), goals are put at risk (their
// impact role is strategic), and explanations read with the profile's words. The streamed
// ArchiMate download gives the elements back as exportGraph does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/src/app/http-server.js';
import { loadMetamodelFile } from '../../server/src/app/metamodel-file.js';
import type { Metamodel } from '../../server/src/domain/metamodel/index.js';
import type { GraphStore } from '../../server/src/store/port.js';
import { contentOf } from '../fixtures/archimate-content.js';
import { graphqlClient, startTestServer } from '../fixtures/test-server.js';

const element = (id: string, type: string, name: string) =>
  `    <element identifier="${id}" xsi:type="${type}"><name xml:lang="en">${name}</name></element>`;
const relationship = (id: string, type: string, source: string, target: string) =>
  `    <relationship identifier="${id}" source="${source}" target="${target}" xsi:type="${type}"/>`;

/** A server runs database software that serves a CRM; the CRM realizes a lookup service that
 *  serves a claims process, which realizes a goal. The CRM is composed of a user interface and
 *  reads customer data; a reporting component is only associated with it. */
const MODEL = `<?xml version="1.0" encoding="UTF-8"?>
<model xmlns="http://www.opengroup.org/xsd/archimate/3.0/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" identifier="id-what-if">
  <name xml:lang="en">Claims (what-if)</name>
  <elements>
${[
  element('srv', 'Node', 'Server'),
  element('db', 'SystemSoftware', 'Database'),
  element('crm', 'ApplicationComponent', 'CRM'),
  element('ui', 'ApplicationComponent', 'CRM user interface'),
  element('reporting', 'ApplicationComponent', 'Reporting'),
  element('lookup', 'ApplicationService', 'Customer lookup'),
  element('claim', 'BusinessProcess', 'Handle claim'),
  element('goal', 'Goal', 'Fast claims'),
  element('data', 'DataObject', 'Customer data'),
  element('portal', 'ApplicationComponent', 'Self-service portal'),
  element('paper', 'Representation', 'Paper claim form'),
].join('\n')}
  </elements>
  <relationships>
${[
  relationship('r-srv-db', 'Assignment', 'srv', 'db'),
  relationship('r-db-crm', 'Serving', 'db', 'crm'),
  relationship('r-crm-lookup', 'Realization', 'crm', 'lookup'),
  relationship('r-lookup-claim', 'Serving', 'lookup', 'claim'),
  relationship('r-claim-goal', 'Realization', 'claim', 'goal'),
  relationship('r-crm-ui', 'Composition', 'crm', 'ui'),
  relationship('r-crm-data', 'Access', 'crm', 'data'),
  relationship('r-reporting-crm', 'Association', 'reporting', 'crm'),
].join('\n')}
  </relationships>
</model>
`;

const IMPORT = `mutation($files: [FileInput!]!) {
  importGraph(format: ARCHIMATE, files: $files, mode: REPLACE, dryRun: false) { summary { created } } }`;
const WHAT_IF = `query($id: ID!) {
  impact(events: [{ type: NODE_FAILS, id: $id }]) {
    totalAffected
    headline { servicesDown servicesDegraded plansAtRisk }
    affected(first: 50) { edges { node { node { id } state } } }
  } }`;
const EXPLAIN = `query($id: ID!, $of: ID!) {
  impact(events: [{ type: NODE_FAILS, id: $id }]) {
    affectedNode(id: $of) {
      state
      explanation { node { id } state reason hop { id type from { id } to { id } text } }
    } } }`;

type Affected = { node: { id: string }; state: string };
interface WhatIf {
  impact: {
    totalAffected: number;
    headline: { servicesDown: number; servicesDegraded: number; plansAtRisk: number };
    affected: { edges: { node: Affected }[] };
  };
}
interface Explained {
  impact: {
    affectedNode: {
      state: string;
      explanation: {
        node: { id: string };
        state: string;
        reason: string;
        hop: { id: string; type: string; from: { id: string }; to: { id: string }; text: string } | null;
      }[];
    } | null;
  };
}

const SERVER = 'technologynode:srv';
const DATABASE = 'systemsoftware:db';
const CRM = 'applicationcomponent:crm';
const DATA = 'dataobject:data';

export interface ArchimateWhatIfTarget {
  open(metamodel: Metamodel): Promise<GraphStore>;
  /** After the store is closed. */
  dispose(): Promise<void>;
}

export function archimateWhatIfSuite(label: string, make: () => Promise<ArchimateWhatIfTarget>): void {
  describe(`what-if on an ArchiMate store (${label}), over HTTP`, () => {
    let target: ArchimateWhatIfTarget;
    let store: GraphStore;
    let server: RunningServer;
    let gql: ReturnType<typeof graphqlClient>;
    const states = async (id: string) => {
      const res = await gql<WhatIf>(WHAT_IF, { id });
      expect(res.errors).toBeUndefined();
      const impact = res.data!.impact;
      return {
        impact,
        state: Object.fromEntries(impact.affected.edges.map((e) => [e.node.node.id, e.node.state])),
      };
    };

    beforeAll(async () => {
      target = await make();
      store = await target.open(await loadMetamodelFile('archimate'));
      await store.clear();
      server = await startTestServer(store);
      gql = graphqlClient(server.graphqlUrl);
      const imported = await gql<{ importGraph: { summary: { created: number } } }>(IMPORT, {
        files: [{ name: 'claims.xml', text: MODEL }],
      });
      expect(imported.errors).toBeUndefined();
      expect(imported.data!.importGraph.summary.created).toBe(19);
      // A fallback is the explorer's own, not ArchiMate's: the portal falls back to paper forms.
      const created = await gql(
        `mutation { createRelationship(relationship: { from: "applicationservice:lookup", type: SERVING,
          to: "applicationcomponent:portal", fallback: "representation:paper" }) { id } }`,
      );
      expect(created.errors).toBeUndefined();
    });
    afterAll(async () => {
      await server?.close();
      // Emptied, so that a store opened next with another metamodel adopts it.
      await store?.clear();
      await store?.close();
      await target?.dispose();
    });

    it('spreads a failure along the profile directions: the served, realized and assigned go down, a goal is at risk', async () => {
      const { impact, state } = await states(SERVER);
      expect(state).toEqual({
        [SERVER]: 'DOWN',
        // Assignment, Serving, Realization: the target needs the source.
        [DATABASE]: 'DOWN',
        [CRM]: 'DOWN',
        'applicationservice:lookup': 'DOWN',
        'businessprocess:claim': 'DOWN',
        // A fallback keeps the portal serving, with less function.
        'applicationcomponent:portal': 'DEGRADED',
        // A goal is strategic: at risk, never down.
        'goal:goal': 'AT_RISK',
      });
      // Composition and Access point the other way (the whole needs its part, the accessor its
      // data); an Association bears no impact: the CRM's part, its data and Reporting stand.
      for (const id of ['applicationcomponent:ui', DATA, 'applicationcomponent:reporting'])
        expect(state[id]).toBeUndefined();
      expect(impact.totalAffected).toBe(7);
      expect(impact.headline).toEqual({ servicesDown: 5, servicesDegraded: 1, plansAtRisk: 1 });
    });

    it('takes the source down along Access and Composition when the target fails', async () => {
      expect((await states(DATA)).state).toMatchObject({
        [DATA]: 'DOWN',
        [CRM]: 'DOWN',
        'goal:goal': 'AT_RISK',
      });
      expect((await states('applicationcomponent:ui')).state[CRM]).toBe('DOWN');
      // Reporting is associated with the CRM: nothing spreads either way.
      expect((await states('applicationcomponent:reporting')).impact.totalAffected).toBe(1);
      expect((await states(CRM)).state['applicationcomponent:reporting']).toBeUndefined();
    });

    it('saves a scenario naming the profile kinds and re-runs it', async () => {
      const saved = await gql<{ saveScenario: { id: string; impact: { totalAffected: number } } }>(
        'mutation($input: ScenarioInput!) { saveScenario(input: $input) { id impact { totalAffected } } }',
        { input: { id: 'server-down', name: 'Server down', events: [{ type: 'NODE_FAILS', id: SERVER }] } },
      );
      expect(saved.errors).toBeUndefined();
      expect(saved.data!.saveScenario).toEqual({ id: 'server-down', impact: { totalAffected: 7 } });
      const rerun = await gql<{ impact: { totalAffected: number } }>(
        '{ impact(scenario: "server-down") { totalAffected } }',
      );
      expect(rerun.data?.impact.totalAffected).toBe(7);
      // An id of a kind the profile lacks is bad input, named.
      const bad = await gql('mutation($input: ScenarioInput!) { saveScenario(input: $input) { id } }', {
        input: { id: 'x', name: 'x', events: [{ type: 'NODE_FAILS', id: 'site:gun-wharf' }] },
      });
      expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(bad.errors?.[0]?.extensions?.issues?.[0]?.path).toBe('input.events.0.id');
    });

    it('explains each hop with the relationship as stored and the profile reading', async () => {
      const res = await gql<Explained>(EXPLAIN, { id: SERVER, of: 'goal:goal' });
      expect(res.errors).toBeUndefined();
      const steps = res.data!.impact.affectedNode!.explanation;
      expect(steps.map((s) => [s.node.id, s.state])).toEqual([
        [SERVER, 'DOWN'],
        [DATABASE, 'DOWN'],
        [CRM, 'DOWN'],
        ['applicationservice:lookup', 'DOWN'],
        ['businessprocess:claim', 'DOWN'],
        ['goal:goal', 'AT_RISK'],
      ]);
      // Each hop is the relationship as the file has it: from the failing provider to its dependant.
      expect(steps.slice(1).map((s) => [s.hop!.type, s.hop!.from.id, s.hop!.to.id])).toEqual([
        ['ASSIGNMENT', SERVER, DATABASE],
        ['SERVING', DATABASE, CRM],
        ['REALIZATION', CRM, 'applicationservice:lookup'],
        ['SERVING', 'applicationservice:lookup', 'businessprocess:claim'],
        ['REALIZATION', 'businessprocess:claim', 'goal:goal'],
      ]);
      expect(steps[1]!.hop!.text).toBe('Server is assigned to Database');
      expect(steps[2]!.reason).toBe('Database, which is down, serves CRM');
      expect(steps[5]!.reason).toBe(
        'Handle claim, which is down, realizes Fast claims, so Fast claims is at risk',
      );

      // Along Access the dependant is the source: the CRM accesses the data it needs.
      const access = await gql<Explained>(EXPLAIN, { id: DATA, of: CRM });
      expect(access.errors).toBeUndefined();
      const hop = access.data!.impact.affectedNode!.explanation[1]!;
      expect([hop.hop!.type, hop.hop!.from.id, hop.hop!.to.id]).toEqual(['ACCESS', CRM, DATA]);
      expect(hop.reason).toBe('CRM accesses Customer data, which is down');
    });

    it('streams the ArchiMate download through the profile: the elements and relationships come back as exportGraph gives them', async () => {
      const res = await fetch(`${server.url}/export/graph.archimate.xml`);
      expect(res.status).toBe(200);
      expect(res.headers.get('transfer-encoding')).toBe('chunked');
      const streamed = await res.text();
      const viaGraphql = await gql<{ exportGraph: { name: string; text: string }[] }>(
        '{ exportGraph(format: ARCHIMATE) { name text } }',
      );
      expect(viaGraphql.errors).toBeUndefined();
      expect(streamed).toBe(viaGraphql.data!.exportGraph[0]!.text);
      const original = contentOf(MODEL);
      const back = contentOf(streamed);
      expect(back.elements).toEqual(original.elements);
      // The file's relationships, and the one made here (with an identifier of the explorer's).
      expect(back.relationships).toEqual(expect.arrayContaining(original.relationships));
      expect(back.relationships).toHaveLength(original.relationships.length + 1);
    });
  });
}
