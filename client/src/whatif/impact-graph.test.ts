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
  it('turn the affected subgraph into the graph the canvas draws, with states', () => {
    const graph = impactGraph({
      nodes: [
        { node: { id: 'system:a', kind: 'System', name: 'A' }, state: 'DOWN' },
        { node: { id: 'partner:b', kind: 'Partner', name: 'B' }, state: 'DOWN' },
      ],
      relationships: [{ id: 'partner:b|USES|system:a', from: 'partner:b', type: 'USES', to: 'system:a' }],
    });
    expect(graph.nodes.map((n) => [n.id, n.name, n.state])).toEqual([
      ['system:a', 'A', 'DOWN'],
      ['partner:b', 'B', 'DOWN'],
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
