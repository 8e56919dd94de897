// What-ifs on the Kent dataset through GraphQL, asserting what the council's documents say:
// KPSN ran every school, district council and blue-light service; "one data centre remains
// operational at all times"; telephony falls back to mobile phones; the Unisys contract for
// KPSN "expires in February 2015" (001, Section C, Priority 4, action 13.1).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/src/app/http-server.js';
import { graphqlClient, openTempStore, startTestServer, type TempStore } from '../fixtures/test-server.js';

interface Affected {
  node: { id: string };
  state: string;
  explanation: { node: { id: string }; reason: string; fallback: { id: string } | null }[];
}
interface Report {
  impact: {
    asAt: string | null;
    totalAffected: number;
    breaches: { node: { id: string }; rtoHours: number; downHours: number | null }[];
    affected: { items: Affected[] };
  };
}

const REPORT = `query($events: [ImpactEventInput!]) { impact(events: $events) {
  asAt totalAffected breaches { node { id } rtoHours downHours }
  affected(first: 500) { items { node { id } state explanation { node { id } reason fallback { id } } } } } }`;

describe('what-if on the Kent dataset', () => {
  let kent: TempStore;
  let server: RunningServer;

  const gql = async <T>(query: string, variables: Record<string, unknown> = {}) => {
    const answer = await graphqlClient(server.graphqlUrl)<T>(query, variables);
    expect(answer.errors).toBeUndefined();
    return answer.data!;
  };
  const run = async (events: unknown[]) => {
    const { impact } = await gql<Report>(REPORT, { events });
    const state = Object.fromEntries(impact.affected.items.map((a) => [a.node.id, a.state]));
    const why = (id: string) => impact.affected.items.find((a) => a.node.id === id)?.explanation ?? [];
    return { impact, state, why };
  };

  beforeAll(async () => {
    kent = await openTempStore({ kent: true });
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
    // (ending 2015-02) is over: it is not affected. Plans still live then are at risk, not down.
    expect(impact.asAt).toBe('2015-03-01');
    expect(state['project:kpsn-replacement']).toBeUndefined();
    expect(Object.values(state).filter((v) => v === 'AT_RISK').length).toBeGreaterThan(0);
  });

  it('answers one node, and the other ways the failure reaches it', async () => {
    const { impact } = await gql<{
      impact: {
        affectedNode: { state: string; alternatives: { node: { id: string } }[][] } | null;
        gunWharf: unknown;
      };
    }>(`{ impact(events: [{ type: NODE_FAILS, id: "system:kpsn" }]) {
      affectedNode(id: "system:regional-data-centre") { state alternatives(count: 3) { node { id } } }
      gunWharf: affectedNode(id: "system:microsoft-azure") { state } } }`);
    expect(impact.affectedNode?.state).toBe('DOWN');
    const chains = impact.affectedNode!.alternatives.map((c) => c.map((s) => s.node.id));
    expect(chains.length).toBeGreaterThan(1);
    expect(chains.every((c) => c[0] === 'system:kpsn' && c.at(-1) === 'system:regional-data-centre')).toBe(
      true,
    );
    expect(new Set(chains.map((c) => c.join('>'))).size).toBe(chains.length);
    expect(impact.gunWharf).toBeNull();
  });

  it('a Sessions House outage leaves the Regional Data Centre running on Gun Wharf, exposed, nothing degraded', async () => {
    const { state, why, impact } = await run([{ type: 'NODE_FAILS', id: 'site:sessions-house', hours: 12 }]);
    expect(state['site:sessions-house']).toBe('DOWN');
    expect(state['site:gun-wharf']).toBeUndefined();
    for (const system of [
      'system:regional-data-centre',
      'system:email-on-premises',
      'system:sharepoint',
      'system:file-shares',
    ]) {
      expect(state[system], system).toBe('EXPOSED');
    }
    expect(Object.entries(state).filter(([, s]) => s === 'DEGRADED')).toEqual([]);
    expect(why('system:regional-data-centre').at(-1)!.reason).toBe(
      'Sessions House, Maidstone is down; Regional Data Centre has 1 of 2 sites left (needs 1)',
    );
    expect(Object.entries(state).filter(([id, s]) => s === 'DOWN' && id.startsWith('partner:'))).toEqual([]);
    expect(impact.breaches).toEqual([]);
  });

  it('both data centres down for 12 hours breaches their 8-hour objective', async () => {
    const { state, impact } = await run([
      { type: 'NODE_FAILS', id: 'site:sessions-house', hours: 12 },
      { type: 'NODE_FAILS', id: 'site:gun-wharf', hours: 12 },
    ]);
    expect(state['system:regional-data-centre']).toBe('DOWN');
    expect(impact.breaches).toContainEqual({
      node: { id: 'system:regional-data-centre' },
      rtoHours: 8,
      downHours: 12,
    });
  });

  it('a 6-hour KPSN outage breaches its 4-hour objective', async () => {
    const { impact } = await run([{ type: 'NODE_FAILS', id: 'system:kpsn', hours: 6 }]);
    expect(impact.breaches).toContainEqual({ node: { id: 'system:kpsn' }, rtoHours: 4, downHours: 6 });
  });

  it('losing telephony leaves the service desk working on mobile phones', async () => {
    const { state, why } = await run([{ type: 'NODE_FAILS', id: 'system:hipath-telephony' }]);
    expect(state['system:ict-service-desk']).toBe('DEGRADED');
    expect(why('system:ict-service-desk').at(-1)!.fallback).toEqual({ id: 'system:mobile-phones' });
    const both = await run([
      { type: 'NODE_FAILS', id: 'system:hipath-telephony' },
      { type: 'NODE_FAILS', id: 'system:mobile-phones' },
    ]);
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
    }>(`{ contractHorizon(from: "2014-04", to: "2015-03") {
      contract { id } end impact { partners { id } criticalSystems { id } } addressedBy { id } replacedBy { id } } }`);
    const kpsn = contractHorizon.find((c) => c.contract.id === 'contract:kpsn-unisys')!;
    expect(kpsn.end).toBe('2015-02');
    expect(kpsn.impact.criticalSystems.map((s) => s.id)).toContain('system:kpsn');
    expect(kpsn.impact.partners.map((p) => p.id)).toEqual(
      expect.arrayContaining(['partner:kent-schools', 'partner:kent-police', 'partner:kent-fire-and-rescue']),
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

  it('as at 1 March 2015 the Unisys contract has ended and KPSN is supplied under no live contract', async () => {
    const { asAt } = await gql<{
      asAt: { endedContracts: { id: string }[]; systemsWithoutLiveContract: { system: { id: string } }[] };
    }>('{ asAt(date: "2015-03-01") { endedContracts { id } systemsWithoutLiveContract { system { id } } } }');
    expect(asAt.endedContracts.map((c) => c.id)).toContain('contract:kpsn-unisys');
    expect(asAt.systemsWithoutLiveContract.map((s) => s.system.id)).toContain('system:kpsn');
  });
});
