// What-ifs on the Kent dataset through GraphQL over HTTP, run against each store by passing a
// factory (kent-what-if.test.ts, kent-what-if.neo4j.test.ts), asserting what the council's
// documents say: KPSN ran every school, district council and blue-light service; the Regional
// Data Centre hosts equipment on two sites and "One Regional Data Centre remains operational at
// all times" with an 8-hour objective; telephony falls back to mobile phones; about half of
// compute moved to Azure; the Unisys contract for KPSN "expires in February 2015".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/src/app/http-server.js';
import { loadSeed } from '../../server/src/app/load-seed.js';
import type { GraphStore } from '../../server/src/store/port.js';
import { graphqlClient, startTestServer } from '../fixtures/test-server.js';

interface Affected {
  node: { id: string; start: string | null };
  state: string;
  explanation: { node: { id: string }; reason: string; fallback: { id: string } | null }[];
}
interface Report {
  impact: {
    asAt: string | null;
    totalAffected: number;
    breaches: { node: { id: string }; rtoHours: number; downHours: number | null }[];
    affected: { edges: { node: Affected }[] };
  };
}

const REPORT = `query($events: [ImpactEventInput!], $asAt: PartialDate) { impact(events: $events, asAt: $asAt) {
  asAt totalAffected breaches { node { id } rtoHours downHours }
  affected(first: 500) { edges { node { node { id start } state explanation { node { id } reason fallback { id } } } } } } }`;

/** When the 2013-14 business plan's picture holds: the Regional Data Centre, KPSN under Unisys. */
const MID_2013 = '2013-07-01';
/** When the 2020-2023 strategy's picture holds: Azure, Microsoft 365 and its services. */
const MID_2021 = '2021-06-01';

/** The systems the sources put in the Regional Data Centre (each link inferred, and says why). */
const IN_THE_DATA_CENTRE = [
  'system:email-on-premises',
  'system:sharepoint',
  'system:file-shares',
  'system:oracle-infrastructure',
  'system:nhs-hosted-servers',
];

export function kentWhatIfSuite(
  label: string,
  open: () => Promise<{ store: GraphStore; close(): Promise<void> }>,
): void {
  describe(`what-if on the Kent dataset: ${label}`, () => {
    let kent: { store: GraphStore; close(): Promise<void> };
    let server: RunningServer;

    const gql = async <T>(query: string, variables: Record<string, unknown> = {}) => {
      const answer = await graphqlClient(server.graphqlUrl)<T>(query, variables);
      expect(answer.errors).toBeUndefined();
      return answer.data!;
    };
    const run = async (events: unknown[], asAt?: string) => {
      const { impact } = await gql<Report>(REPORT, { events, asAt });
      const state = Object.fromEntries(
        impact.affected.edges.map((e) => e.node).map((a) => [a.node.id, a.state]),
      );
      const why = (id: string) =>
        impact.affected.edges.map((e) => e.node).find((a) => a.node.id === id)?.explanation ?? [];
      return { impact, state, why };
    };

    beforeAll(async () => {
      kent = await open();
      await loadSeed(kent.store, { wipe: true });
      server = await startTestServer(kent.store);
    });
    afterAll(async () => {
      await server?.close();
      await kent?.close();
    });

    it('the Unisys KPSN contract lapsing takes down the network and every public service on it', async () => {
      const { state, why, impact } = await run([{ type: 'CONTRACT_LAPSES', id: 'contract:kpsn-unisys' }]);
      expect(state['system:kpsn']).toBe('DOWN');
      for (const partner of [
        'partner:kent-schools',
        'partner:kent-district-councils',
        'partner:maidstone-borough-council',
        'partner:kent-police',
        'partner:kent-fire-and-rescue',
        'partner:nhs',
      ]) {
        expect(state[partner], partner).toBe('DOWN');
      }
      expect(why('partner:kent-police').map((s) => s.node.id)).toEqual([
        'contract:kpsn-unisys',
        'system:kpsn',
        'partner:kent-police',
      ]);
      expect(why('partner:kent-police')[0]!.reason).toBe(
        'KPSN management and supply contract (Unisys) lapses at its end (2015-02)',
      );
      // KPSN's 4-hour recovery objective (001, business continuity table) cannot be met.
      expect(impact.breaches).toContainEqual({ node: { id: 'system:kpsn' }, rtoHours: 4, downHours: null });
      // The lapse is seen the day after the end (2015-03-01), when the re-procurement project
      // (ending 2015-02) is over: it is not affected. The successor is only planned: no cover.
      expect(impact.asAt).toBe('2015-03-01');
      expect(state['project:kpsn-replacement']).toBeUndefined();
    });

    it('answers one node, and the other ways the failure reaches it', async () => {
      const { impact } = await gql<{
        impact: {
          affectedNode: { state: string; alternatives: { node: { id: string } }[][] } | null;
          gunWharf: unknown;
        };
      }>(`{ impact(events: [{ type: NODE_FAILS, id: "system:kpsn" }]) {
      affectedNode(id: "partner:kent-schools") { state alternatives(count: 3) { node { id } } }
      gunWharf: affectedNode(id: "system:microsoft-azure") { state } } }`);
      expect(impact.affectedNode?.state).toBe('DOWN');
      const chains = impact.affectedNode!.alternatives.map((c) => c.map((s) => s.node.id));
      expect(chains.length).toBeGreaterThan(1);
      expect(chains.every((c) => c[0] === 'system:kpsn' && c.at(-1) === 'partner:kent-schools')).toBe(true);
      expect(new Set(chains.map((c) => c.join('>'))).size).toBe(chains.length);
      expect(impact.gunWharf).toBeNull();
    });

    it('cites its sources by title and section, and marks what is inferred', async () => {
      const { node } = await gql<{
        node: {
          provenance: { document: string; title: string | null; section: string; inferred: boolean | null }[];
        };
      }>('{ node(id: "contract:sims-capita") { provenance { document title section inferred } } }');
      expect(node.provenance).toEqual([
        {
          document: '001_76edc5f6bd1b76ff.txt',
          title: 'KCC ICT Divisional Business Plan 2013-14',
          section: 'Section C, Priority 5, action 16.1',
          inferred: true,
        },
      ]);
    });

    it('the Regional Data Centre failing takes down the systems hosted in it', async () => {
      const { state, why } = await run([{ type: 'NODE_FAILS', id: 'system:regional-data-centre' }], MID_2013);
      for (const system of IN_THE_DATA_CENTRE) expect(state[system], system).toBe('DOWN');
      // And what runs on them: ERP on the Oracle platform, the NHS's hosted servers.
      expect(state['system:oracle-erp']).toBe('DOWN');
      expect(why('system:email-on-premises').map((s) => s.node.id)).toEqual([
        'system:regional-data-centre',
        'system:email-on-premises',
      ]);
      // Its sites are where it runs, not what it runs: they are untouched.
      expect(state['site:gun-wharf']).toBeUndefined();
      expect(state['site:sessions-house']).toBeUndefined();
      // "basis for the development of other shared ICT solutions" is history: KPSN is untouched.
      expect(state['system:kpsn']).toBeUndefined();
    });

    it('a Sessions House outage leaves every service running on Gun Wharf, the data centre exposed, nothing degraded', async () => {
      const { state, why, impact } = await run(
        [{ type: 'NODE_FAILS', id: 'site:sessions-house', hours: 12 }],
        MID_2013,
      );
      expect(state['site:sessions-house']).toBe('DOWN');
      expect(state['site:gun-wharf']).toBeUndefined();
      // "One Regional Data Centre remains operational at all times": one more failure from down.
      expect(state['system:regional-data-centre']).toBe('EXPOSED');
      expect(why('system:regional-data-centre').at(-1)!.reason).toBe(
        'Sessions House, Maidstone is down; Regional Data Centre has 1 of 2 sites left (needs 1)',
      );
      for (const system of IN_THE_DATA_CENTRE) expect(state[system], system).toBe('EXPOSED');
      expect(Object.entries(state).filter(([, s]) => s === 'DEGRADED')).toEqual([]);
      // Only what runs at Sessions House alone goes down: its SAN (2020-2023), which nothing needs.
      expect(
        Object.entries(state)
          .filter(([, s]) => s === 'DOWN')
          .map(([id]) => id)
          .sort(),
      ).toEqual(['site:sessions-house', 'system:sessions-house-san']);
      expect(impact.breaches).toEqual([]);
    });

    it('both data centre sites down for 10 hours take the systems down and breach the 8-hour objective', async () => {
      const { state, impact } = await run(
        [
          { type: 'NODE_FAILS', id: 'site:sessions-house', hours: 10 },
          { type: 'NODE_FAILS', id: 'site:gun-wharf', hours: 10 },
        ],
        MID_2013,
      );
      expect(state['system:regional-data-centre']).toBe('DOWN');
      for (const system of IN_THE_DATA_CENTRE) expect(state[system], system).toBe('DOWN');
      expect(impact.breaches).toContainEqual({
        node: { id: 'system:regional-data-centre' },
        rtoHours: 8,
        downHours: 10,
      });
      // File shares and SharePoint share the 8-hour objective and ride the same outage.
      expect(impact.breaches).toContainEqual({
        node: { id: 'system:file-shares' },
        rtoHours: 8,
        downHours: 10,
      });
    });

    it('an outage within the 8-hour objective breaches nothing', async () => {
      const { state, impact } = await run(
        [
          { type: 'NODE_FAILS', id: 'site:sessions-house', hours: 6 },
          { type: 'NODE_FAILS', id: 'site:gun-wharf', hours: 6 },
        ],
        MID_2013,
      );
      expect(state['system:regional-data-centre']).toBe('DOWN');
      expect(impact.breaches.map((b) => b.node.id)).not.toContain('system:regional-data-centre');
    });

    it('an Azure failure reaches the systems hosted on Azure', async () => {
      const { state, why } = await run([{ type: 'NODE_FAILS', id: 'system:microsoft-azure' }], MID_2021);
      expect(state['system:kcc-cloud-infrastructure']).toBe('DOWN');
      expect(state['system:cloud-data-platform']).toBe('DOWN');
      expect(why('system:cloud-data-platform').map((s) => s.node.id)).toEqual([
        'system:microsoft-azure',
        'system:kcc-cloud-infrastructure',
        'system:cloud-data-platform',
      ]);
      // Microsoft 365 is a separate service: the report does not put it on KCC's Azure.
      expect(state['system:microsoft-365']).toBeUndefined();
    });

    it('a Microsoft 365 failure reaches Teams and OneDrive', async () => {
      const { state } = await run([{ type: 'NODE_FAILS', id: 'system:microsoft-365' }], MID_2021);
      for (const id of [
        'system:microsoft-teams',
        'system:onedrive',
        'system:email-microsoft-365',
        'system:sharepoint-microsoft-365',
      ])
        expect(state[id], id).toBe('DOWN');
    });

    it('Microsoft failing reaches the E5 licence and the Microsoft services under it', async () => {
      const { state } = await run([{ type: 'NODE_FAILS', id: 'partner:microsoft' }], MID_2021);
      for (const id of [
        'contract:microsoft-e5-licensing',
        'system:microsoft-365',
        'system:microsoft-defender',
        'system:microsoft-intune',
        'system:microsoft-managed-desktop',
        'system:microsoft-teams',
        'system:onedrive',
      ])
        expect(state[id], id).toBe('DOWN');
    });

    it('every contract ended by 2015-03-01 lapsing includes the KPSN contract: its successor is only being tendered', async () => {
      const { state, impact } = await run([{ type: 'CONTRACTS_ENDED_BY', date: '2015-03-01' }]);
      expect(state['contract:kpsn-unisys']).toBe('DOWN');
      expect(state['contract:schools-broadband-subscriptions']).toBe('DOWN');
      expect(state['system:kpsn']).toBe('DOWN');
      expect(state['partner:kent-police']).toBe('DOWN');
      // The successor is planned with no start, so it is never live and cannot take over.
      expect(state['contract:kpsn-successor']).toBeUndefined();
      expect(impact.asAt).toBe('2015-03-02');
    });

    it('a KPSN failure as at mid-2013 reaches the 2013 estate and nothing that began after it', async () => {
      const { state, impact } = await run([{ type: 'NODE_FAILS', id: 'system:kpsn' }], MID_2013);
      expect(impact.asAt).toBe(MID_2013);
      expect(state['partner:kent-police']).toBe('DOWN');
      expect(state['system:hipath-telephony']).toBe('DOWN');
      expect(state['theme:ict-2013-14-priority-4-sustaining-the-infrastructure']).toBe('AT_RISK');
      const later = impact.affected.edges
        .map((e) => e.node)
        .filter((a) => a.node.start !== null && a.node.start > '2013-07');
      expect(later.map((a) => `${a.node.id} (${a.node.start})`)).toEqual([]);
      // Among what the graph holds but mid-2013 does not: the 2020-2023 strategy, Teams, the
      // Unisys contract's planned successor, the December 2013 PSN links.
      for (const id of [
        'strategy:kcc-technology-strategy-2020-2023',
        'system:video-conferencing',
        'system:psn-connections-kent-east-sussex-surrey',
        'project:collaboration-software-introduction',
      ])
        expect(state[id], id).toBeUndefined();
      // The same failure as at 2021 reaches the later estate: the answer moves with the date.
      const later2021 = await run([{ type: 'NODE_FAILS', id: 'system:kpsn' }], MID_2021);
      expect(later2021.state['system:video-conferencing']).toBe('DOWN');
    });

    it('a 6-hour KPSN outage breaches its 4-hour objective', async () => {
      const { impact } = await run([{ type: 'NODE_FAILS', id: 'system:kpsn', hours: 6 }], MID_2013);
      expect(impact.breaches).toContainEqual({ node: { id: 'system:kpsn' }, rtoHours: 4, downHours: 6 });
    });

    it('losing telephony leaves the service desk working on mobile phones', async () => {
      const { state, why } = await run([{ type: 'NODE_FAILS', id: 'system:hipath-telephony' }], MID_2013);
      expect(state['system:ict-service-desk']).toBe('DEGRADED');
      expect(why('system:ict-service-desk').at(-1)!.fallback).toEqual({ id: 'system:mobile-phones' });
      const both = await run(
        [
          { type: 'NODE_FAILS', id: 'system:hipath-telephony' },
          { type: 'NODE_FAILS', id: 'system:mobile-phones' },
        ],
        MID_2013,
      );
      expect(both.state['system:ict-service-desk']).toBe('DOWN');
    });

    it('the contract horizon around 2014-15 shows the KPSN contract, what it puts at risk and the projects replacing it', async () => {
      const { contractHorizon } = await gql<{
        contractHorizon: {
          contract: { id: string };
          end: string;
          impact: { partners: { id: string }[]; criticalSystems: { id: string }[] };
          addressedBy: { id: string }[];
          replacedBy: { id: string }[];
        }[];
      }>(`{ contractHorizon(from: "2014-04", to: "2015-03", asAt: "2014-04") {
      contract { id } end impact { partners { id } criticalSystems { id } } addressedBy { id } replacedBy { id } } }`);
      const kpsn = contractHorizon.find((c) => c.contract.id === 'contract:kpsn-unisys')!;
      expect(kpsn.end).toBe('2015-02');
      expect(kpsn.impact.criticalSystems.map((s) => s.id)).toContain('system:kpsn');
      expect(kpsn.impact.partners.map((p) => p.id)).toEqual(
        expect.arrayContaining([
          'partner:kent-schools',
          'partner:kent-police',
          'partner:kent-fire-and-rescue',
        ]),
      );
      expect(kpsn.addressedBy.map((p) => p.id)).toEqual([
        'project:kpsn-replacement',
        'project:kpsn-tender-preparation',
      ]);
      expect(kpsn.replacedBy.map((c) => c.id)).toEqual(['contract:kpsn-successor']);
      // Schools' broadband was sold only until the end of the KPSN contract (001, action 16.6).
      expect(contractHorizon.map((c) => c.contract.id)).toContain('contract:schools-broadband-subscriptions');
      expect(contractHorizon.every((c) => c.end >= '2014-04' && c.end <= '2015-03')).toBe(true);
    });

    it('the horizon’s “affected if it lapses” is the what-if of the lapse, as at the day after the end', async () => {
      type Impact = {
        asAt: string;
        totalAffected: number;
        headline: Record<string, number>;
        counts: { kind: string; state: string; count: number }[];
      };
      const IMPACT =
        'asAt totalAffected headline { servicesDown servicesDegraded servicesExposed plansAtRisk } counts { kind state count }';
      const horizon = async (asAt: string) =>
        (
          await gql<{ contractHorizon: { contract: { id: string }; impact: Impact }[] }>(
            `query($asAt: PartialDate) { contractHorizon(from: "2015-02", to: "2015-02", asAt: $asAt) { contract { id } impact { ${IMPACT} } } }`,
            { asAt },
          )
        ).contractHorizon.find((c) => c.contract.id === 'contract:kpsn-unisys')!.impact;
      const lapse = [{ type: 'CONTRACT_LAPSES', id: 'contract:kpsn-unisys' }];
      const whatIf = async (asAt?: string) =>
        (
          await gql<{ impact: Impact }>(
            `query($events: [ImpactEventInput!], $asAt: PartialDate) { impact(events: $events, asAt: $asAt) { ${IMPACT} } }`,
            { events: lapse, asAt },
          )
        ).impact;
      const seen = await whatIf('2015-03-01');
      expect(seen.asAt).toBe('2015-03-01');
      expect(seen.totalAffected).toBeGreaterThan(10);
      // Whatever day the horizon is looked at from, the lapse is seen the day after the end: the
      // same call as the what-if with no date, and as the what-if as at 1 March 2015.
      for (const asAt of ['2013-06-01', '2015-01-15', '2024-06-30'])
        expect(await horizon(asAt)).toEqual(seen);
      expect(await whatIf()).toEqual(seen);
      // A what-if as at another day is another question, with another answer.
      expect((await whatIf('2013-06-01')).counts).not.toEqual(seen.counts);
    });

    it('as at 1 March 2015 the Unisys contract has ended and KPSN is supplied under no live contract', async () => {
      const { asAt } = await gql<{
        asAt: { endedContracts: { id: string }[]; systemsWithoutLiveContract: { system: { id: string } }[] };
      }>(
        '{ asAt(date: "2015-03-01") { endedContracts { id } systemsWithoutLiveContract { system { id } } } }',
      );
      expect(asAt.endedContracts.map((c) => c.id)).toContain('contract:kpsn-unisys');
      expect(asAt.systemsWithoutLiveContract.map((s) => s.system.id)).toContain('system:kpsn');
    });
  });
}
