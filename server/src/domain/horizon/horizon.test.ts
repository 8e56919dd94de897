import { describe, expect, it } from 'vitest';
import { buildProjection, type TopologyEdge, type TopologyNode } from '../impact/projection.js';
import { parsePartialDate } from '../metamodel/partial-date.js';
import { asAt, contractHorizon, noticeDeadline } from './horizon.js';

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
    expect(noticeDeadline(d('2015-02'), 12)).toBe('2014-02-28');
    expect(noticeDeadline(d('2015-03-31'), 3)).toBe('2014-12-31');
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
          { kind: 'Partner', state: 'DOWN', count: 1 },
        ],
        criticalSystems: ['system:kpsn'],
        partners: ['partner:schools'],
        totalAffected: 2,
      },
      addressedBy: ['project:kpsn-procurement'],
      replacedBy: [],
    });
  });

  it('takes a month-precision end as the whole month', () => {
    expect(contractHorizon(p, d('2015-02-28'), d('2015-12')).map((e) => e.id)).toEqual(['contract:kpsn']);
    expect(contractHorizon(p, d('2015-03-01'), d('2015-12')).map((e) => e.id)).toEqual([]);
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
});
