// The engine follows the metamodel it is given, not the council's names: a tiny hand-made
// metamodel (machines and aims; one relationship type bearing impact each way, one bearing
// none) decides which end suffers, which kinds are put at risk, what lapses and the words of an
// explanation. The same graph under the same metamodel with the directions and a role swapped
// gives the swapped answers.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../metamodel/partial-date.js';
import { CODE_METAMODEL, compileMetamodel, parseMetamodelText, type Metamodel } from '../metamodel/index.js';
import { contractHorizon } from '../horizon/horizon.js';
import { describeStep } from './describe.js';
import { buildProjection, type Topology } from './projection.js';
import { analyseImpact } from './report.js';

function tiny(options: { runsOn: string; feeds: string; aim: string }): Metamodel {
  return compileMetamodel(
    parseMetamodelText(
      `name: tiny
lifecycle: { start: Starts., end: Ends., planned: Planned. }
kinds:
  Machine: { impactRole: service, label: { one: box, many: boxes }, fields: { lifecycle: lifecycle } }
  Aim: { impactRole: ${options.aim} }
  Deal: { impactRole: contract }
relationships:
  RUNS_ON: { from: [Machine], to: [Machine, Deal], impact: ${options.runsOn}, inverse: RUNS, reading: runs on, doc: The source runs on the target. }
  FEEDS: { from: [Machine], to: [Machine, Aim], impact: ${options.feeds}, inverse: FED_BY, reading: feeds, doc: The source feeds the target. }
  NOTES: { from: '*', to: '*', impact: NONE, inverse: NOTED_BY, doc: A remark with no dependency. }
  SUCCEEDS: { from: [Deal], to: [Deal], impact: NONE, inverse: SUCCEEDED_BY, horizon: successor, doc: The source takes over. }
`,
      'tiny.yaml',
    ),
  );
}

const AS_GIVEN = tiny({ runsOn: 'SOURCE', feeds: 'TARGET', aim: 'strategic' });
const SWAPPED = tiny({ runsOn: 'TARGET', feeds: 'SOURCE', aim: 'service' });

const machine = (slug: string) => ({ id: `machine:${slug}`, kind: 'Machine' });
/** a RUNS_ON b; b FEEDS c; c FEEDS the aim; d NOTES b; e and f RUN_ON b or g (one of two needed). */
const GRAPH: Topology = {
  version: 1,
  nodes: [
    machine('a'),
    machine('b'),
    machine('c'),
    machine('d'),
    machine('e'),
    machine('g'),
    { id: 'aim:x', kind: 'Aim' },
  ],
  edges: [
    { from: 'machine:a', type: 'RUNS_ON', to: 'machine:b' },
    { from: 'machine:b', type: 'FEEDS', to: 'machine:c' },
    { from: 'machine:c', type: 'FEEDS', to: 'aim:x' },
    { from: 'machine:d', type: 'NOTES', to: 'machine:b' },
    { from: 'machine:e', type: 'RUNS_ON', to: 'machine:b', redundancy: { group: 'pair', k: 1 } },
    { from: 'machine:e', type: 'RUNS_ON', to: 'machine:g', redundancy: { group: 'pair', k: 1 } },
  ],
};

function states(metamodel: Metamodel, id: string): Record<string, string> {
  const report = analyseImpact(buildProjection(GRAPH, metamodel), [{ type: 'NODE_FAILS', id }]);
  return Object.fromEntries(report.affected.map((a) => [a.id, a.state]));
}

describe('the impact engine over a metamodel given as data', () => {
  it("takes each type's direction of impact and each kind's role from the metamodel", () => {
    expect(states(AS_GIVEN, 'machine:b')).toEqual({
      'machine:b': 'DOWN',
      'machine:a': 'DOWN', // RUNS_ON: the source needs the target
      'machine:c': 'DOWN', // FEEDS: the target needs the source
      'aim:x': 'AT_RISK', // an aim is strategic
      'machine:e': 'EXPOSED', // one of its two providers left, one needed
    });
    // Nothing flows from a to b along RUNS_ON, nor along NOTES from either end.
    expect(states(AS_GIVEN, 'machine:a')).toEqual({ 'machine:a': 'DOWN' });
    expect(states(AS_GIVEN, 'machine:d')).toEqual({ 'machine:d': 'DOWN' });
  });

  it('gives the swapped answers when the metamodel swaps directions and the role', () => {
    expect(states(SWAPPED, 'machine:b')).toEqual({ 'machine:b': 'DOWN' });
    expect(states(SWAPPED, 'machine:a')).toEqual({ 'machine:a': 'DOWN', 'machine:b': 'DOWN' });
    // The aim is a service now: down, not at risk; c feeds it, so c needs it.
    expect(states(SWAPPED, 'aim:x')).toEqual({ 'aim:x': 'DOWN', 'machine:c': 'DOWN', 'machine:b': 'DOWN' });
  });

  it('counts, heads and explains with the metamodel: its kinds, its readings and its labels', () => {
    const p = buildProjection(GRAPH, AS_GIVEN);
    const report = analyseImpact(p, [{ type: 'NODE_FAILS', id: 'machine:b' }]);
    expect(report.counts).toEqual([
      { kind: 'Machine', state: 'EXPOSED', count: 1 },
      { kind: 'Machine', state: 'DOWN', count: 3 },
      { kind: 'Aim', state: 'AT_RISK', count: 1 },
    ]);
    expect(report.headline).toEqual({
      servicesDown: 3,
      servicesDegraded: 0,
      servicesExposed: 1,
      plansAtRisk: 1,
    });
    const name = (id: string) => id.slice(id.indexOf(':') + 1).toUpperCase();
    const say = (id: string) => report.explain(id).map((s) => describeStep(s, name, AS_GIVEN));
    expect(say('machine:a')).toEqual(['B fails', 'A runs on B, which is down']);
    expect(say('aim:x')).toEqual([
      'B fails',
      'B, which is down, feeds C',
      'C, which is down, feeds X, so X is at risk',
    ]);
    expect(say('machine:e').at(-1)).toBe('B is down; E has 1 of 2 boxes left (needs 1)');
    // The hop is the relationship as stored, whichever end suffered.
    expect(report.explain('machine:a')[1]!.relationship).toMatchObject({
      from: 'machine:a',
      type: 'RUNS_ON',
      to: 'machine:b',
    });
  });

  it('lapses the kinds whose role is contract, unless a successor by a successor type is live', () => {
    const deals: Topology = {
      version: 1,
      nodes: [
        { id: 'deal:old', kind: 'Deal', end: '2020-03' },
        { id: 'deal:next', kind: 'Deal', start: '2020-04' },
        { id: 'deal:lone', kind: 'Deal', end: '2020-06' },
        machine('a'),
      ],
      edges: [
        { from: 'deal:next', type: 'SUCCEEDS', to: 'deal:old' },
        { from: 'machine:a', type: 'RUNS_ON', to: 'deal:lone' },
      ],
    };
    const p = buildProjection(deals, AS_GIVEN);
    const horizon = contractHorizon(p, parsePartialDate('2020')!, parsePartialDate('2020')!);
    expect(horizon.map((h) => [h.id, h.liveSuccessors, h.impact.totalAffected])).toEqual([
      ['deal:old', ['deal:next'], 0],
      ['deal:lone', [], 2],
    ]);
    expect(() => analyseImpact(p, [{ type: 'CONTRACT_LAPSES', id: 'machine:a' }])).toThrow(
      /"machine:a" is a Machine, not a Deal/,
    );
  });

  it('refuses a topology naming a kind the metamodel lacks', () => {
    expect(() =>
      buildProjection({ version: 1, nodes: [{ id: 'system:a', kind: 'System' }], edges: [] }, AS_GIVEN),
    ).toThrow(/"System" is no kind of the tiny metamodel/);
  });
});

describe('the council metamodel file and the code', () => {
  it('give the engine the same readings, kind labels and horizon roles', () => {
    const file = new URL('../../../../metamodels/council.yaml', import.meta.url);
    const council = compileMetamodel(parseMetamodelText(readFileSync(file, 'utf8'), 'council.yaml'));
    expect(council.readings).toEqual(CODE_METAMODEL.readings);
    expect(council.kindLabels).toEqual(CODE_METAMODEL.kindLabels);
    expect(council.horizonRoles).toEqual(CODE_METAMODEL.horizonRoles);
    expect(CODE_METAMODEL.kindLabels.Site).toEqual({ one: 'site', many: 'sites' });
  });
});
