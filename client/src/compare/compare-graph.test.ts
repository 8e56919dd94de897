import { describe, expect, it } from 'vitest';
import type { ImpactState, NodeKind, RelationshipType } from '../generated/graphql.js';
import { sideBySide } from './compare-graph.js';

const node = (id: string, state: ImpactState) => ({
  node: { id, kind: 'System' as NodeKind, name: id.split(':')[1]! },
  state,
});
const edge = (from: string, to: string) => ({
  id: `${from}|DEPENDS_ON|${to}`,
  from,
  type: 'DEPENDS_ON' as RelationshipType,
  to,
});
const ref = (id: string) => ({ id, kind: 'System' as NodeKind, name: id.split(':')[1]! });

describe('sideBySide', () => {
  // A: the SAN fails, email goes down. B: the network fails, email and the website go down.
  const a = {
    graph: {
      nodes: [node('system:san', 'DOWN'), node('system:email', 'DOWN')],
      relationships: [edge('system:email', 'system:san')],
    },
    breaches: [{ node: ref('system:email'), rtoHours: 4, downHours: null }],
  };
  const b = {
    graph: {
      nodes: [
        node('system:network', 'DOWN'),
        node('system:email', 'DEGRADED'),
        node('system:website', 'DOWN'),
      ],
      relationships: [edge('system:email', 'system:network'), edge('system:website', 'system:network')],
    },
    breaches: [{ node: ref('system:website'), rtoHours: 8, downHours: 24 }],
  };
  const comparison = {
    newlyAffected: [
      { node: ref('system:network'), state: 'DOWN' as const },
      { node: ref('system:website'), state: 'DOWN' as const },
    ],
    noLongerAffected: [{ node: ref('system:san'), state: 'DOWN' as const }],
    stateChanges: [{ node: ref('system:email'), from: 'DOWN' as const, to: 'DEGRADED' as const }],
  };
  const view = sideBySide(a, b, comparison);

  it('draws the union in one order in both panes, each coloured by its own run', () => {
    const ids = ['system:email', 'system:network', 'system:san', 'system:website'];
    expect(view.first.nodes.map((n) => n.id)).toEqual(ids);
    expect(view.second.nodes.map((n) => n.id)).toEqual(ids);
    expect(view.first.edges).toEqual(view.second.edges);
    expect(view.first.nodes.map((n) => n.state)).toEqual(['DOWN', 'UNAFFECTED', 'DOWN', 'UNAFFECTED']);
    expect(view.second.nodes.map((n) => n.state)).toEqual(['DEGRADED', 'DOWN', 'UNAFFECTED', 'DOWN']);
  });

  it('marks and lists the differences from the first run to the second', () => {
    expect(Object.fromEntries(view.marks)).toEqual({
      'system:network': 'added',
      'system:website': 'added',
      'system:san': 'spared',
      'system:email': 'changed',
    });
    expect(view.diff.added.map((r) => `${r.name} ${r.note}`)).toEqual(['network down', 'website down']);
    expect(view.diff.spared.map((r) => r.note)).toEqual(['was down']);
    expect(view.diff.changed.map((r) => r.note)).toEqual(['down → degraded']);
    expect(view.diff.newBreaches.map((r) => `${r.name}: ${r.note}`)).toEqual([
      'website: 8 h objective, down 24 h',
    ]);
    expect(view.diff.endedBreaches.map((r) => `${r.name}: ${r.note}`)).toEqual([
      'email: 4 h objective, does not return',
    ]);
  });
});
