// Propagation semantics on small named graphs, with exact expected states.
import { describe, expect, it } from 'vitest';
import { defaultRelationshipId, type NodeKind, type RelationshipType } from '../metamodel/index.js';
import type { ImpactEvent } from './events.js';
import { explainAll } from './explain.js';
import { buildProjection, type Projection, type TopologyEdge, type TopologyNode } from './projection.js';
import { analyseImpact, type ImpactReport } from './report.js';

const sys = (slug: string, extra: Partial<TopologyNode> = {}): TopologyNode => ({
  id: `system:${slug}`,
  kind: 'System',
  ...extra,
});
const node = (kind: NodeKind, slug: string, extra: Partial<TopologyNode> = {}): TopologyNode => ({
  id: `${kind.toLowerCase()}:${slug}`,
  kind,
  ...extra,
});
const dep = (
  from: string,
  to: string,
  extra: Partial<TopologyEdge> = {},
  type: RelationshipType = 'DEPENDS_ON',
): TopologyEdge => ({
  from: from.includes(':') ? from : `system:${from}`,
  type,
  to: to.includes(':') ? to : `system:${to}`,
  ...extra,
});

const projections = new WeakMap<object, Projection>();
const projection = (report: ImpactReport) => projections.get(report)!;

function states(nodes: TopologyNode[], edges: TopologyEdge[], events: ImpactEvent[]) {
  const p = buildProjection({ version: 1, nodes, edges });
  const report = analyseImpact(p, events);
  projections.set(report, p);
  return { report, states: Object.fromEntries(report.affected.map((a) => [a.id, a.state])) };
}
const fails = (slug: string, hours?: number): ImpactEvent => ({
  type: 'NODE_FAILS',
  id: slug.includes(':') ? slug : `system:${slug}`,
  ...(hours ? { hours } : {}),
});

describe('impact propagation', () => {
  it('a chain: everything that needs the failed system goes down, nothing it needs does', () => {
    const { states: s, report } = states(
      [sys('a'), sys('b'), sys('c'), sys('d')],
      [dep('a', 'b'), dep('b', 'c'), dep('c', 'd')],
      [fails('c')],
    );
    expect(s).toEqual({ 'system:c': 'DOWN', 'system:b': 'DOWN', 'system:a': 'DOWN' });
    expect(report.explain('system:a').map((e) => e.node)).toEqual(['system:c', 'system:b', 'system:a']);
    expect(report.explain('system:a')[2]!.reason).toBe('needs system:b, which is down');
  });

  it('a diamond: the top is reached once, by a shortest chain', () => {
    const { states: s, report } = states(
      [sys('top'), sys('left'), sys('right'), sys('bottom')],
      [dep('top', 'left'), dep('top', 'right'), dep('left', 'bottom'), dep('right', 'bottom')],
      [fails('bottom')],
    );
    expect(s).toEqual({
      'system:bottom': 'DOWN',
      'system:left': 'DOWN',
      'system:right': 'DOWN',
      'system:top': 'DOWN',
    });
    expect(report.affected.filter((a) => a.id === 'system:top')).toHaveLength(1);
    expect(report.explain('system:top')).toHaveLength(3);
    const p = projection(report);
    const chains = explainAll(p, report.run, p.index.get('system:top')!, 5);
    expect(chains.map((c) => c.map((step) => step.node))).toEqual([
      ['system:bottom', 'system:left', 'system:top'],
      ['system:bottom', 'system:right', 'system:top'],
    ]);
  });

  it('a cycle: the run ends, and each node is down once', () => {
    const { states: s } = states(
      [sys('a'), sys('b'), sys('c')],
      [dep('a', 'b'), dep('b', 'c'), dep('c', 'a')],
      [fails('a')],
    );
    expect(s).toEqual({ 'system:a': 'DOWN', 'system:b': 'DOWN', 'system:c': 'DOWN' });
  });

  describe('parallel relationships (same ends and type, told apart by id)', () => {
    const db = (id: string, extra: Partial<TopologyEdge> = {}) => dep('app', 'primary', { id, ...extra });
    const nodes = [sys('app'), sys('primary'), sys('replica')];

    it('two plain ones to a failed provider: down, explained by one of them by id', () => {
      const { states: s, report } = states(nodes, [db('reads'), db('writes')], [fails('primary')]);
      expect(s).toEqual({ 'system:primary': 'DOWN', 'system:app': 'DOWN' });
      expect(['reads', 'writes']).toContain(report.explain('system:app').at(-1)!.relationship!.id);
    });

    it('two to one provider in a group are one member, not redundancy: 2 of {primary, replica}', () => {
      const group = { redundancy: { group: 'db', k: 2 } };
      const edges = [
        db('reads', group),
        db('writes', group),
        dep('app', 'replica', { id: 'replica', ...group }),
      ];
      const { states: s, report } = states(nodes, edges, [fails('replica')]);
      // Counted per relationship, primary would be two members and app only exposed.
      expect(s).toEqual({ 'system:replica': 'DOWN', 'system:app': 'DOWN' });
      expect(report.explain('system:app').at(-1)!.reason).toBe('redundancy lost: 1 of 2 left, needs 2');
    });

    it('one in a group and one outside it: the one outside is a hard dependency', () => {
      const group = { redundancy: { group: 'db', k: 1 } };
      const edges = [db('reads', group), db('writes'), dep('app', 'replica', { id: 'replica', ...group })];
      const { states: s, report } = states(nodes, edges, [fails('primary')]);
      expect(s).toEqual({ 'system:primary': 'DOWN', 'system:app': 'DOWN' });
      expect(report.explain('system:app').at(-1)!.relationship!.id).toBe('writes');
    });
  });

  describe('redundancy', () => {
    const hostedAt = (site: string, k: number) =>
      dep('system:email', `site:${site}`, { redundancy: { group: 'dc', k } }, 'HOSTED_AT');
    const sites = ['one', 'two', 'three'].map((s) => node('Site', s));

    it('1 of 2, one lost: exposed, not degraded, with the count in the reason', () => {
      const { states: s, report } = states(
        [sys('email'), ...sites.slice(0, 2)],
        [hostedAt('one', 1), hostedAt('two', 1)],
        [fails('site:one')],
      );
      expect(s).toEqual({ 'site:one': 'DOWN', 'system:email': 'EXPOSED' });
      expect(report.headline).toEqual({
        servicesDown: 1,
        servicesDegraded: 0,
        servicesExposed: 1,
        plansAtRisk: 0,
      });
      expect(report.explain(report.affected[1]!.id).at(-1)!.reason).toBe(
        'redundancy reduced: 1 of 2 left (needs 1)',
      );
    });

    it('1 of 2, both lost: down', () => {
      const { states: s, report } = states(
        [sys('email'), ...sites.slice(0, 2)],
        [hostedAt('one', 1), hostedAt('two', 1)],
        [fails('site:one'), fails('site:two')],
      );
      expect(s['system:email']).toBe('DOWN');
      expect(report.explain('system:email').at(-1)!.reason).toBe('redundancy lost: 0 of 2 left, needs 1');
    });

    it('2 of 3: one lost is exposed, two lost is down', () => {
      const graph = [
        [sys('email'), ...sites],
        [hostedAt('one', 2), hostedAt('two', 2), hostedAt('three', 2)],
      ] as const;
      expect(states([...graph[0]], [...graph[1]], [fails('site:one')]).states['system:email']).toBe(
        'EXPOSED',
      );
      expect(
        states([...graph[0]], [...graph[1]], [fails('site:one'), fails('site:three')]).states['system:email'],
      ).toBe('DOWN');
    });

    it('exposure spreads to dependants as exposure, never as degraded', () => {
      const { states: s, report } = states(
        [sys('email'), sys('crm'), sys('portal'), ...sites.slice(0, 2)],
        [hostedAt('one', 1), hostedAt('two', 1), dep('crm', 'email'), dep('portal', 'crm')],
        [fails('site:two')],
      );
      expect(s).toEqual({
        'site:two': 'DOWN',
        'system:email': 'EXPOSED',
        'system:crm': 'EXPOSED',
        'system:portal': 'EXPOSED',
      });
      expect(report.headline).toMatchObject({ servicesDown: 1, servicesDegraded: 0, servicesExposed: 3 });
    });

    it('a degraded system degrades what needs it, without taking it down', () => {
      const { states: s } = states(
        [sys('telephony'), sys('hipath'), sys('mobiles'), sys('contact-centre')],
        [dep('telephony', 'hipath', { fallback: 'system:mobiles' }), dep('contact-centre', 'telephony')],
        [fails('hipath')],
      );
      expect(s).toEqual({
        'system:hipath': 'DOWN',
        'system:telephony': 'DEGRADED',
        'system:contact-centre': 'DEGRADED',
      });
    });
  });

  describe('fallback', () => {
    const graph = {
      nodes: [sys('telephony'), sys('hipath'), sys('mobiles')],
      edges: [dep('telephony', 'hipath', { fallback: 'system:mobiles' })],
    };

    it('leaves the dependant degraded and names the fallback', () => {
      const { states: s, report } = states(graph.nodes, graph.edges, [fails('hipath')]);
      expect(s).toEqual({ 'system:hipath': 'DOWN', 'system:telephony': 'DEGRADED' });
      const last = report.explain('system:telephony').at(-1)!;
      expect(last).toMatchObject({ code: 'FALLBACK', fallback: 'system:mobiles' });
      expect(last.reason).toBe('system:hipath is down; falls back to system:mobiles');
    });

    it('saves nothing when the fallback fails too, in either order', () => {
      for (const events of [
        [fails('hipath'), fails('mobiles')],
        [fails('mobiles'), fails('hipath')],
      ]) {
        expect(states(graph.nodes, graph.edges, events).states['system:telephony']).toBe('DOWN');
      }
    });
  });

  describe('recovery objectives', () => {
    const nodes = [sys('kpsn', { rtoHours: 4 }), sys('email', { rtoHours: 8 }), sys('website')];
    const edges = [dep('email', 'kpsn'), dep('website', 'kpsn')];

    it('a 6-hour outage breaches a 4-hour objective but not an 8-hour one', () => {
      const { report } = states(nodes, edges, [fails('kpsn', 6)]);
      expect(report.breaches).toEqual([{ id: 'system:kpsn', rtoHours: 4, downHours: 6 }]);
      expect(report.affected.find((a) => a.id === 'system:email')!.downHours).toBe(6);
    });

    it('a 3-hour outage breaches nothing', () => {
      expect(states(nodes, edges, [fails('kpsn', 3)]).report.breaches).toEqual([]);
    });

    it('a failure with no end breaches every objective it reaches', () => {
      expect(states(nodes, edges, [fails('kpsn')]).report.breaches.map((b) => b.id)).toEqual([
        'system:kpsn',
        'system:email',
      ]);
    });

    it('with redundancy, down lasts until enough members are back', () => {
      const { report } = states(
        [sys('email', { rtoHours: 2 }), node('Site', 'a'), node('Site', 'b')],
        [
          dep('system:email', 'site:a', { redundancy: { group: 'dc', k: 1 } }, 'HOSTED_AT'),
          dep('system:email', 'site:b', { redundancy: { group: 'dc', k: 1 } }, 'HOSTED_AT'),
        ],
        [fails('site:a', 1), fails('site:b', 5)],
      );
      expect(report.affected.find((a) => a.id === 'system:email')!.downHours).toBe(1);
      expect(report.breaches).toEqual([]);
    });
  });

  describe('contracts', () => {
    const nodes = [
      node('Contract', 'kpsn', { end: '2015-02' }),
      node('Contract', 'print', { end: '2016-03-31' }),
      node('Contract', 'kpsn-next', { end: '2020-02' }),
      sys('kpsn'),
      sys('print'),
    ];
    const edges = [
      dep('system:kpsn', 'contract:kpsn', {}, 'SUPPLIED_UNDER'),
      dep('system:print', 'contract:print', {}, 'SUPPLIED_UNDER'),
    ];

    it('a lapse at its end date takes down what is supplied under it', () => {
      const { states: s, report } = states(nodes, edges, [{ type: 'CONTRACT_LAPSES', id: 'contract:kpsn' }]);
      expect(s).toEqual({ 'contract:kpsn': 'DOWN', 'system:kpsn': 'DOWN' });
      expect(report.explain(report.affected[0]!.id)[0]!.reason).toBe('lapses at its end (2015-02)');
    });

    it('contracts ended by a date lapse; those ending after it do not', () => {
      expect(states(nodes, edges, [{ type: 'CONTRACTS_ENDED_BY', date: '2015-01-31' }]).states).toEqual({});
      expect(states(nodes, edges, [{ type: 'CONTRACTS_ENDED_BY', date: '2015-02' }]).states).toEqual({
        'contract:kpsn': 'DOWN',
        'system:kpsn': 'DOWN',
      });
      expect(
        Object.keys(states(nodes, edges, [{ type: 'CONTRACTS_ENDED_BY', date: '2016-04-01' }]).states).sort(),
      ).toEqual(['contract:kpsn', 'contract:print', 'system:kpsn', 'system:print']);
    });

    it('a contract with a live successor does not lapse', () => {
      const replaced = [
        ...edges,
        { from: 'contract:kpsn-next', type: 'REPLACES' as const, to: 'contract:kpsn' },
      ];
      expect(states(nodes, replaced, [{ type: 'CONTRACTS_ENDED_BY', date: '2015-03' }]).states).toEqual({});
    });

    it('names what is wrong with a bad event', () => {
      const p = buildProjection({ version: 1, nodes, edges });
      expect(() => analyseImpact(p, [{ type: 'CONTRACT_LAPSES', id: 'system:kpsn' }])).toThrow(
        /events\.0\.id: "system:kpsn" is a System/,
      );
      expect(() => analyseImpact(p, [fails('nope')])).toThrow(/events\.0\.id: no node "system:nope"/);
    });
  });

  it('combines events and puts projects, themes and strategies at risk, not down', () => {
    const { states: s, report } = states(
      [
        sys('kpsn'),
        sys('email'),
        node('Project', 'teams'),
        node('Theme', 'cloud'),
        node('Strategy', 'tech'),
        node('Site', 'dc'),
      ],
      [
        dep('email', 'kpsn'),
        dep('project:teams', 'system:email'),
        dep('project:teams', 'theme:cloud', {}, 'DELIVERS'),
        dep('theme:cloud', 'strategy:tech', {}, 'PART_OF'),
        dep('system:kpsn', 'site:dc', {}, 'HOSTED_AT'),
      ],
      [fails('site:dc'), fails('email')],
    );
    expect(s).toEqual({
      'site:dc': 'DOWN',
      'system:email': 'DOWN',
      'system:kpsn': 'DOWN',
      'project:teams': 'AT_RISK',
      'theme:cloud': 'AT_RISK',
      'strategy:tech': 'AT_RISK',
    });
    expect(report.counts).toContainEqual({ kind: 'System', state: 'DOWN', count: 2 });
    expect(report.headline).toEqual({
      servicesDown: 3,
      servicesDegraded: 0,
      servicesExposed: 0,
      plansAtRisk: 3,
    });
    expect(report.subgraph().relationships).toContainEqual({
      id: defaultRelationshipId('project:teams', 'DELIVERS', 'theme:cloud'),
      from: 'project:teams',
      type: 'DELIVERS',
      to: 'theme:cloud',
    });
    // email is an event itself: its explanation is the event, not kpsn.
    expect(report.explain('system:email')).toHaveLength(1);
  });

  it('a plan that needs something only exposed is not at risk', () => {
    const { states: s, report } = states(
      [sys('email'), node('Project', 'teams'), node('Site', 'one'), node('Site', 'two')],
      [
        dep('system:email', 'site:one', { redundancy: { group: 'dc', k: 1 } }, 'HOSTED_AT'),
        dep('system:email', 'site:two', { redundancy: { group: 'dc', k: 1 } }, 'HOSTED_AT'),
        dep('project:teams', 'system:email'),
      ],
      [fails('site:one')],
    );
    expect(s).toEqual({ 'site:one': 'DOWN', 'system:email': 'EXPOSED' });
    expect(report.headline.plansAtRisk).toBe(0);
  });
});
