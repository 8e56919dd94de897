import { describe, expect, it } from 'vitest';
import type { ImpactState } from '../generated/graphql.js';
import { groupFanOuts, groupId, groupLabel, groupReading, isGroupId, memberPlacement } from './fan-out.js';
import type { GraphData, GraphEdge, GraphNode } from './graph-data.js';

// A network with nine sites connected via it (two of them down), and a system that depends on it
// and is also hosted at one of the sites (so that site is not a leaf of the network).
function network(states: (ImpactState | undefined)[] = []): GraphData {
  const sites: GraphNode[] = Array.from({ length: 9 }, (_, i) => ({
    id: `site:s${i}`,
    kind: 'Site',
    name: `Site ${i}`,
    ...(states[i] ? { state: states[i] } : {}),
  }));
  const edges: GraphEdge[] = sites.map((s) => ({
    id: `${s.id}|CONNECTED_VIA|system:net`,
    type: 'CONNECTED_VIA',
    from: s.id,
    to: 'system:net',
  }));
  return {
    nodes: [{ id: 'system:net', kind: 'System', name: 'Network' }, ...sites],
    edges,
  };
}

const siteGroup = groupId('system:net', 'CONNECTED_VIA', 'in', 'Site');

describe('grouping fan-outs', () => {
  it('draws more than the threshold of leaves of one kind over one type as one group node and edge', () => {
    const { graph, groups } = groupFanOuts(network(), { threshold: 6 });
    expect(graph.nodes.map((n) => n.id)).toEqual(['system:net', siteGroup]);
    expect(graph.edges).toEqual([
      { id: `${siteGroup}|edge`, type: 'CONNECTED_VIA', from: siteGroup, to: 'system:net' },
    ]);
    const group = groups.get(siteGroup)!;
    expect(group.members).toHaveLength(9);
    expect(group.label).toBe('9 sites');
    expect(group.worst).toBeNull();
    expect(graph.nodes[1]).toEqual({ id: siteGroup, kind: 'Site', name: '9 sites', state: null });
    expect(isGroupId(siteGroup)).toBe(true);
    expect(isGroupId('site:s1')).toBe(false);
  });

  it('leaves a fan-out at or under the threshold alone', () => {
    const seven = network();
    const { graph, groups } = groupFanOuts(seven, { threshold: 9 });
    expect(groups.size).toBe(0);
    expect(graph).toBe(seven);
  });

  it('shows the worst state and the count per state, so a failure is never hidden', () => {
    const { graph, groups } = groupFanOuts(
      network([
        'DOWN',
        'UNAFFECTED',
        'DEGRADED',
        'DOWN',
        'UNAFFECTED',
        'AT_RISK',
        'UNAFFECTED',
        'UNAFFECTED',
        'EXPOSED',
      ]),
    );
    const group = groups.get(siteGroup)!;
    expect(group.worst).toBe('DOWN');
    expect(group.states).toEqual([
      { state: 'DOWN', count: 2 },
      { state: 'DEGRADED', count: 1 },
      { state: 'EXPOSED', count: 1 },
      { state: 'AT_RISK', count: 1 },
    ]);
    expect(group.label).toBe('9 sites · 2 down, 1 degraded, 1 exposed, 1 at risk');
    expect(graph.nodes.find((n) => n.id === siteGroup)?.state).toBe('DOWN');
  });

  it('a group of unaffected members in a what-if is drawn unaffected', () => {
    const { groups } = groupFanOuts(network(Array<ImpactState>(9).fill('UNAFFECTED')));
    expect(groups.get(siteGroup)!.worst).toBe('UNAFFECTED');
    expect(groups.get(siteGroup)!.label).toBe('9 sites');
  });

  it('an opened group draws its members again and keeps its node to close it', () => {
    const base = network();
    const { graph, groups } = groupFanOuts(base, { open: new Set([siteGroup]) });
    expect(graph.nodes).toHaveLength(11);
    expect(graph.edges).toHaveLength(10);
    expect(groups.get(siteGroup)!.open).toBe(true);
    const near = memberPlacement(groups);
    expect(near.get('site:s4')).toBe(siteGroup);
    expect(memberPlacement(groupFanOuts(base).groups).size).toBe(0);
  });

  it('never folds a kept node, nor one with relationships to anything but the anchor', () => {
    const base = network();
    const withHost: GraphData = {
      nodes: [...base.nodes, { id: 'system:app', kind: 'System', name: 'App' }],
      edges: [
        ...base.edges,
        { id: 'system:app|HOSTED_AT|site:s0', type: 'HOSTED_AT', from: 'system:app', to: 'site:s0' },
      ],
    };
    const { graph, groups } = groupFanOuts(withHost, { keep: new Set(['site:s1']), threshold: 6 });
    const group = groups.get(siteGroup)!;
    expect(group.members.map((m) => m.id)).toEqual([
      'site:s2',
      'site:s3',
      'site:s4',
      'site:s5',
      'site:s6',
      'site:s7',
      'site:s8',
    ]);
    const drawn = graph.nodes.map((n) => n.id);
    expect(drawn).toContain('site:s0');
    expect(drawn).toContain('site:s1');
    expect(graph.edges.map((e) => e.id)).toContain('system:app|HOSTED_AT|site:s0');
    // Kept out, seven are left: still more than six. Keep one more and the group is gone.
    const fewer = groupFanOuts(withHost, { keep: new Set(['site:s1', 'site:s2']), threshold: 6 });
    expect(fewer.groups.size).toBe(0);
  });

  it('groups by kind, type and direction separately', () => {
    const base = network();
    const systems: GraphNode[] = Array.from({ length: 7 }, (_, i) => ({
      id: `system:d${i}`,
      kind: 'System',
      name: `Dependant ${i}`,
    }));
    const graph: GraphData = {
      nodes: [...base.nodes, ...systems],
      edges: [
        ...base.edges,
        ...systems.map((s) => ({
          id: `${s.id}|DEPENDS_ON|system:net`,
          type: 'DEPENDS_ON' as const,
          from: s.id,
          to: 'system:net',
        })),
      ],
    };
    const { groups } = groupFanOuts(graph);
    expect([...groups.keys()].sort()).toEqual(
      [siteGroup, groupId('system:net', 'DEPENDS_ON', 'in', 'System')].sort(),
    );
    expect(groups.get(groupId('system:net', 'DEPENDS_ON', 'in', 'System'))!.label).toBe('7 systems');
  });

  it('writes labels in the kind plural', () => {
    expect(groupLabel('Partner', 12, [])).toBe('12 partners');
  });
});

describe('reading a group aloud', () => {
  it('names the anchor the way the relationship reads', () => {
    const { groups } = groupFanOuts(network());
    expect(groupReading(groups.get(siteGroup)!, 'Network')).toBe('9 sites, connected via Network');
    const out = groupFanOuts({
      nodes: [
        { id: 'partner:p', kind: 'Partner', name: 'P' },
        ...Array.from({ length: 7 }, (_, i) => ({
          id: `system:u${i}`,
          kind: 'System' as const,
          name: `U${i}`,
        })),
      ],
      edges: Array.from({ length: 7 }, (_, i) => ({
        id: `u${i}`,
        type: 'USES' as const,
        from: 'partner:p',
        to: `system:u${i}`,
      })),
    });
    expect(groupReading([...out.groups.values()][0]!, 'P')).toBe('7 systems, that P uses');
  });
});
