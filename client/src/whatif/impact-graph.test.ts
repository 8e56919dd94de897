import { describe, expect, it } from 'vitest';
import { chainHighlight, groupAffected, impactGraph, slugify, type Affected } from './impact-graph.js';

const affected = (id: string, kind: Affected['node']['kind'], state: Affected['state']): Affected => ({
  node: { id, kind, name: id.split(':')[1]! },
  state,
  downHours: null,
  indefinitelyDown: state === 'DOWN',
  explanation: [],
});

describe('impact results', () => {
  it('turn elements into a graph with states', () => {
    const graph = impactGraph([
      {
        group: 'nodes',
        data: {
          id: 'system:a',
          label: 'A',
          kind: 'System',
          state: 'DOWN',
          source: null,
          target: null,
          type: null,
        },
      },
      {
        group: 'nodes',
        data: {
          id: 'partner:b',
          label: 'B',
          kind: 'Partner',
          state: 'DOWN',
          source: null,
          target: null,
          type: null,
        },
      },
      {
        group: 'edges',
        data: {
          id: 'partner:b|USES|system:a',
          label: null,
          kind: null,
          state: null,
          source: 'partner:b',
          target: 'system:a',
          type: 'USES',
        },
      },
    ]);
    expect(graph.nodes.map((n) => [n.id, n.state])).toEqual([
      ['system:a', 'DOWN'],
      ['partner:b', 'DOWN'],
    ]);
    expect(graph.edges).toEqual([
      { id: 'partner:b|USES|system:a', type: 'USES', from: 'partner:b', to: 'system:a' },
    ]);
  });

  it('light up the explanation chain', () => {
    const item = {
      explanation: [
        { node: { id: 'contract:c' }, relationship: null },
        {
          node: { id: 'system:s' },
          relationship: { id: 'rel:s-under-c', from: 'system:s', type: 'SUPPLIED_UNDER', to: 'contract:c' },
        },
      ],
    } as unknown as Affected;
    expect(chainHighlight(item)).toEqual({
      nodes: ['contract:c', 'system:s'],
      edges: ['rel:s-under-c'],
    });
  });

  it('group by state, worst first, then by kind, strategy first', () => {
    const groups = groupAffected([
      affected('strategy:z', 'Strategy', 'AT_RISK'),
      affected('system:b', 'System', 'DOWN'),
      affected('partner:p', 'Partner', 'DOWN'),
      affected('system:a', 'System', 'DOWN'),
      affected('system:d', 'System', 'DEGRADED'),
    ]);
    expect(groups.map((g) => [g.state, g.total])).toEqual([
      ['DOWN', 3],
      ['DEGRADED', 1],
      ['AT_RISK', 1],
    ]);
    expect(groups[0]!.kinds.map((k) => [k.kind, k.items.map((i) => i.node.id)])).toEqual([
      ['System', ['system:a', 'system:b']],
      ['Partner', ['partner:p']],
    ]);
  });

  it('makes scenario ids the API accepts', () => {
    expect(slugify('  KPSN lapse — Feb 2015! ')).toBe('kpsn-lapse-feb-2015');
    expect(slugify('Été')).toBe('ete');
  });
});
