// As-at runs and relationship directions on small named graphs, with exact expected states.
import { describe, expect, it } from 'vitest';
import type { ImpactEvent } from './events.js';
import { buildProjection, type TopologyEdge, type TopologyNode } from './projection.js';
import { analyseImpact } from './report.js';

const statesOf = (nodes: TopologyNode[], edges: TopologyEdge[], events: ImpactEvent[], asAt?: string) =>
  Object.fromEntries(
    analyseImpact(buildProjection({ version: 1, nodes, edges }), events, { asAt }).affected.map((a) => [
      a.id,
      a.state,
    ]),
  );
const fails = (id: string): ImpactEvent => ({ type: 'NODE_FAILS', id });

describe('impact as at a date', () => {
  // Records moved from Old Hall (to March 2016) to New Hall (from April 2016), 1 of 2 sites needed.
  const halls: TopologyNode[] = [
    { id: 'site:old-hall', kind: 'Site', end: '2016-03' },
    { id: 'site:new-hall', kind: 'Site', start: '2016-04' },
    { id: 'system:records', kind: 'System' },
  ];
  const hosted = (site: string, dates: Partial<TopologyEdge>): TopologyEdge => ({
    from: 'system:records',
    type: 'HOSTED_AT',
    to: site,
    redundancy: { group: 'halls', k: 1 },
    ...dates,
  });
  const moves = [hosted('site:old-hall', { end: '2016-03' }), hosted('site:new-hall', { start: '2016-04' })];

  it('a group counts only its members live on the day: in 2015 Old Hall was the only site', () => {
    expect(statesOf(halls, moves, [fails('site:old-hall')], '2015-06-01')).toEqual({
      'site:old-hall': 'DOWN',
      'system:records': 'DOWN',
    });
  });

  it('a relationship that has ended carries nothing: in 2017 Old Hall failing leaves Records alone', () => {
    expect(statesOf(halls, moves, [fails('site:old-hall')], '2017-01-01')).toEqual({
      'site:old-hall': 'DOWN',
    });
    expect(statesOf(halls, moves, [fails('site:new-hall')], '2017-01-01')).toEqual({
      'site:new-hall': 'DOWN',
      'system:records': 'DOWN',
    });
  });

  it('without an as-at date every lifecycle is ignored: both halls count, one lost leaves Records exposed', () => {
    expect(statesOf(halls, moves, [fails('site:old-hall')])).toEqual({
      'site:old-hall': 'DOWN',
      'system:records': 'EXPOSED',
    });
  });

  it('a planned node with no start is never reached, and a planned fallback saves nothing', () => {
    const nodes: TopologyNode[] = [
      { id: 'system:telephony', kind: 'System' },
      { id: 'system:hipath', kind: 'System' },
      { id: 'system:mobiles', kind: 'System', planned: true },
      { id: 'system:softphones', kind: 'System', planned: true },
    ];
    const edges: TopologyEdge[] = [
      { from: 'system:telephony', type: 'DEPENDS_ON', to: 'system:hipath', fallback: 'system:mobiles' },
      { from: 'system:softphones', type: 'DEPENDS_ON', to: 'system:hipath' },
    ];
    expect(statesOf(nodes, edges, [fails('system:hipath')], '2020-01-01')).toEqual({
      'system:hipath': 'DOWN',
      'system:telephony': 'DOWN',
    });
  });
});

describe('directions of impact', () => {
  it('SOURCE: the source needs the target; TARGET: the target needs the source; NONE carries nothing', () => {
    const nodes: TopologyNode[] = [
      { id: 'system:email', kind: 'System' },
      { id: 'site:dc', kind: 'Site' },
      { id: 'project:teams', kind: 'Project' },
      { id: 'theme:cloud', kind: 'Theme' },
      { id: 'strategy:tech', kind: 'Strategy' },
      { id: 'strategy:national', kind: 'Strategy' },
    ];
    const edges: TopologyEdge[] = [
      { from: 'system:email', type: 'HOSTED_AT', to: 'site:dc' },
      { from: 'project:teams', type: 'DEPENDS_ON', to: 'system:email' },
      { from: 'project:teams', type: 'DELIVERS', to: 'theme:cloud' },
      { from: 'theme:cloud', type: 'PART_OF', to: 'strategy:tech' },
      { from: 'strategy:tech', type: 'ALIGNS_WITH', to: 'strategy:national' },
    ];
    expect(statesOf(nodes, edges, [fails('site:dc')])).toEqual({
      'site:dc': 'DOWN',
      'system:email': 'DOWN',
      'project:teams': 'AT_RISK',
      'theme:cloud': 'AT_RISK',
      'strategy:tech': 'AT_RISK',
    });
    // The failing system does not reach what it needs (the site), only what needs it.
    expect(statesOf(nodes, edges, [fails('system:email')])['site:dc']).toBeUndefined();
  });
});
