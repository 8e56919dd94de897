// The per-day masks an as-at run reads: none when nothing is dated or everything is live, kept
// per day on the projection once runs as at the day have walked enough of it, without one day's
// answer leaking into another's. Runs before and after a day has masks answer alike.
import { describe, expect, it } from 'vitest';
import { dayNumber } from '../time/live.js';
import type { ImpactEvent } from './events.js';
import { keptMasks, liveMasks } from './live-masks.js';
import { buildProjection, type Projection, type TopologyEdge, type TopologyNode } from './projection.js';
import { analyseImpact } from './report.js';

const fails = (id: string): ImpactEvent => ({ type: 'NODE_FAILS', id });
const statesOf = (p: Projection, events: ImpactEvent[], asAt: string) =>
  Object.fromEntries(analyseImpact(p, events, { asAt }).affected.map((a) => [a.id, a.state]));

// Records is hosted at two halls, 1 of 2 needed; Old Hall closed at the end of March 2016 (the
// relationships carry no dates of their own).
const halls: TopologyNode[] = [
  { id: 'site:old-hall', kind: 'Site', end: '2016-03' },
  { id: 'site:new-hall', kind: 'Site' },
  { id: 'system:records', kind: 'System' },
];
const hosted = (site: string): TopologyEdge => ({
  from: 'system:records',
  type: 'HOSTED_AT',
  to: site,
  redundancy: { group: 'halls', k: 1 },
});
const hallsGraph = () =>
  buildProjection({ version: 1, nodes: halls, edges: [hosted('site:old-hall'), hosted('site:new-hall')] });

describe('live masks', () => {
  it('a graph with no dates has no masks: an as-at run is a plain run', () => {
    const p = buildProjection({
      version: 1,
      nodes: [
        { id: 'site:dc', kind: 'Site' },
        { id: 'system:email', kind: 'System' },
      ],
      edges: [{ from: 'system:email', type: 'HOSTED_AT', to: 'site:dc' }],
    });
    expect(liveMasks(p, dayNumber('2020-01-01'))).toEqual({
      node: null,
      carries: null,
      groupLive: p.groupSize,
    });
  });

  it('on a day everything is live there are no masks; on a day it is not, the closed hall is masked', () => {
    const p = hallsGraph();
    expect(liveMasks(p, dayNumber('2015-06-01'))).toMatchObject({ node: null, carries: null });
    const later = liveMasks(p, dayNumber('2017-01-01'));
    expect(Array.from(later.node!)).toEqual([0, 1, 1]);
    expect(later.carries).toBeNull(); // both relationships still run to a live dependant
    expect(Array.from(later.groupLive)).toEqual([1]);
  });

  it('a failing seed that is not live still counts in its group: Old Hall failing in 2017 leaves Records exposed, 1 of 2 left', () => {
    const p = hallsGraph();
    // The first run compares spans; it walks the whole graph, so the second reads the day's masks.
    for (const masked of [false, true]) {
      expect(keptMasks(p, dayNumber('2017-01-01')) !== null).toBe(masked);
      const report = analyseImpact(p, [fails('site:old-hall')], { asAt: '2017-01-01' });
      expect(Object.fromEntries(report.affected.map((a) => [a.id, a.state]))).toEqual({
        'site:old-hall': 'DOWN',
        'system:records': 'EXPOSED',
      });
      expect(report.run.causeOf(p.index.get('system:records')!)).toMatchObject({
        code: 'REDUNDANCY_REDUCED',
        held: 1,
        size: 2,
        k: 1,
      });
    }
    // The seed's count belongs to that run: the day's masks are unchanged for the next.
    expect(Array.from(liveMasks(p, dayNumber('2017-01-01')).groupLive)).toEqual([1]);
    expect(statesOf(p, [fails('site:new-hall')], '2017-01-01')).toEqual({
      'site:new-hall': 'DOWN',
      'system:records': 'DOWN',
    });
  });

  it('a run that walks little of the graph leaves its day without masks: the horizon asks one day per contract', () => {
    const p = hallsGraph();
    const day = dayNumber('2017-01-01');
    statesOf(p, [fails('system:records')], '2017-01-01'); // nothing depends on Records
    expect(keptMasks(p, day)).toBeNull();
    statesOf(p, [fails('site:new-hall')], '2017-01-01'); // one edge of two: enough
    expect(keptMasks(p, day)).not.toBeNull();
  });

  it('one projection asked as at many days in turn answers each day for itself', () => {
    const p = hallsGraph();
    const both = [fails('site:new-hall')];
    // More days than are kept, twice over, so days are dropped and worked out again.
    for (let round = 0; round < 2; round++) {
      for (let year = 2010; year <= 2024; year++) {
        const expected =
          year <= 2015
            ? { 'site:new-hall': 'DOWN', 'system:records': 'EXPOSED' }
            : { 'site:new-hall': 'DOWN', 'system:records': 'DOWN' };
        expect(statesOf(p, both, `${year}-06-01`)).toEqual(expected);
      }
    }
  });
});
