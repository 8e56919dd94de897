import { describe, expect, it } from 'vitest';
import { buildProjection, type TopologyEdge, type TopologyNode } from '../impact/projection.js';
import { parsePartialDate } from '../metamodel/partial-date.js';
import { analyseImpact } from '../impact/report.js';
import { noticeDeadline } from '../time/calendar.js';
import { asAt, contractHorizon } from './horizon.js';

const d = (text: string) => parsePartialDate(text)!;

const nodes: TopologyNode[] = [
  { id: 'contract:kpsn', kind: 'Contract', start: '2010-02', end: '2015-02', noticeMonths: 12 },
  { id: 'contract:print', kind: 'Contract', end: '2014-09-30' },
  { id: 'contract:sims', kind: 'Contract', start: '2016', end: '2019' },
  { id: 'system:kpsn', kind: 'System', criticality: 'CRITICAL' },
  { id: 'system:print', kind: 'System', criticality: 'LOW' },
  { id: 'system:sims', kind: 'System' },
  { id: 'partner:schools', kind: 'Partner' },
  { id: 'project:kpsn-procurement', kind: 'Project' },
];
const edges: TopologyEdge[] = [
  { from: 'system:kpsn', type: 'SUPPLIED_UNDER', to: 'contract:kpsn' },
  { from: 'system:print', type: 'SUPPLIED_UNDER', to: 'contract:print' },
  { from: 'system:sims', type: 'SUPPLIED_UNDER', to: 'contract:sims' },
  { from: 'partner:schools', type: 'USES', to: 'system:kpsn' },
  { from: 'project:kpsn-procurement', type: 'ADDRESSES', to: 'contract:kpsn' },
];
const p = buildProjection({ version: 1, nodes, edges });

describe('contract horizon', () => {
  it('gives notice deadlines from the end of the period', () => {
    expect(noticeDeadline('2015-02', 12)).toBe('2014-02-28');
    expect(noticeDeadline('2015-03-31', 3)).toBe('2014-12-31');
  });

  it('lists contracts ending in the window, soonest first, with what their lapse puts at risk', () => {
    const entries = contractHorizon(p, d('2014-04'), d('2015-03'));
    expect(entries.map((e) => e.id)).toEqual(['contract:print', 'contract:kpsn']);
    expect(entries[1]).toEqual({
      id: 'contract:kpsn',
      end: '2015-02',
      noticeMonths: 12,
      noticeDeadline: '2014-02-28',
      impact: {
        counts: [
          { kind: 'System', state: 'DOWN', count: 1 },
          { kind: 'Contract', state: 'DOWN', count: 1 },
          { kind: 'Partner', state: 'DOWN', count: 1 },
        ],
        headline: { servicesDown: 3, servicesDegraded: 0, servicesExposed: 0, plansAtRisk: 0 },
        asAt: '2015-03-01',
        criticalSystems: ['system:kpsn'],
        partners: ['partner:schools'],
        totalAffected: 3,
      },
      addressedBy: ['project:kpsn-procurement'],
      replacedBy: [],
      liveSuccessors: [],
    });
  });

  it('takes a month-precision end as the whole month', () => {
    expect(contractHorizon(p, d('2015-02-28'), d('2015-12')).map((e) => e.id)).toEqual(['contract:kpsn']);
    expect(contractHorizon(p, d('2015-03-01'), d('2015-12')).map((e) => e.id)).toEqual([]);
  });

  it('as at a date lists the contracts begun by then, in force or ended, not those still to start', () => {
    const window = [d('2014'), d('2020')] as const;
    expect(contractHorizon(p, ...window, { asAt: '2015-12-31' }).map((e) => e.id)).toEqual([
      'contract:print',
      'contract:kpsn',
    ]);
    expect(contractHorizon(p, ...window, { asAt: '2016-01-01' }).map((e) => e.id)).toEqual([
      'contract:print',
      'contract:kpsn',
      'contract:sims',
    ]);
    // Before KPSN began, only the undated print contract was there.
    expect(contractHorizon(p, ...window, { asAt: '2010-01-31' }).map((e) => e.id)).toEqual([
      'contract:print',
    ]);
  });

  it('as at a date: live contracts, and contracted systems with none live', () => {
    expect(asAt(p, d('2015-02-10'))).toEqual({
      date: '2015-02-10',
      liveContracts: ['contract:kpsn'],
      endedContracts: ['contract:print'],
      systemsWithoutLiveContract: [
        { id: 'system:print', contracts: ['contract:print'] },
        { id: 'system:sims', contracts: ['contract:sims'] },
      ],
    });
    expect(asAt(p, d('2015-03-01')).liveContracts).toEqual([]);
  });

  describe('succession', () => {
    const withSuccessor = (successor: Partial<TopologyNode>) =>
      buildProjection({
        version: 1,
        nodes: [...nodes, { id: 'contract:kpsn-next', kind: 'Contract', ...successor }],
        edges: [...edges, { from: 'contract:kpsn-next', type: 'REPLACES', to: 'contract:kpsn' }],
      });
    const lapse = [{ type: 'CONTRACT_LAPSES' as const, id: 'contract:kpsn' }];

    it('a planned successor with no start does not stop the lapse; horizon and what-if agree', () => {
      const q = withSuccessor({ planned: true });
      const [entry] = contractHorizon(q, d('2015-02'), d('2015-02'), { today: '2026-01-01' });
      const report = analyseImpact(q, lapse, { today: '2026-01-01' });
      expect(report.asAt).toBe('2015-03-01');
      expect(entry!.liveSuccessors).toEqual([]);
      expect(entry!.impact.totalAffected).toBe(3);
      expect(entry!.impact.totalAffected).toBe(report.totalAffected);
      expect(entry!.impact.counts).toEqual(report.counts);
      expect(
        analyseImpact(q, [{ type: 'CONTRACTS_ENDED_BY', date: '2015-03-01' }], {
          today: '2026-01-01',
        }).stateOf('contract:kpsn'),
      ).toBe('DOWN');
    });

    it('a successor live the day after the end stops the lapse', () => {
      const q = withSuccessor({ start: '2015-03-01', end: '2020' });
      const [entry] = contractHorizon(q, d('2015-02'), d('2015-02'), { today: '2026-01-01' });
      expect(entry!.liveSuccessors).toEqual(['contract:kpsn-next']);
      expect(entry!.impact.totalAffected).toBe(0);
      expect(analyseImpact(q, lapse, { today: '2026-01-01' }).totalAffected).toBe(0);
      expect(
        analyseImpact(q, [{ type: 'CONTRACTS_ENDED_BY', date: '2015-03-01' }]).stateOf('contract:kpsn'),
      ).toBeUndefined();
    });

    it('a successor that starts later leaves a gap: the contract lapses', () => {
      const q = withSuccessor({ start: '2015-06' });
      expect(analyseImpact(q, lapse, { today: '2026-01-01' }).stateOf('system:kpsn')).toBe('DOWN');
    });
  });
});
