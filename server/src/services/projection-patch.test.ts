// A patched projection must be the projection a rebuild would give, and a change the patch
// cannot express must be refused (the service then rebuilds).
import { describe, expect, it } from 'vitest';
import type { Change } from '../domain/history/change.js';
import { buildProjection, type Topology, type TopologyNode } from '../domain/impact/projection.js';
import type { GraphNode } from '../domain/metamodel/index.js';
import { patchNodeFields } from './projection-patch.js';

const nodes: TopologyNode[] = [
  { id: 'contract:wan', kind: 'Contract', start: '2010-02', end: '2015-02', noticeMonths: 12 },
  { id: 'system:mail', kind: 'System', rtoHours: 8 },
  { id: 'system:wan', kind: 'System', rtoHours: 4, criticality: 'CRITICAL' },
];
const topology: Topology = {
  version: 7,
  nodes,
  edges: [
    { from: 'system:mail', type: 'DEPENDS_ON', to: 'system:wan' },
    { from: 'system:wan', type: 'SUPPLIED_UNDER', to: 'contract:wan' },
  ],
};

const update = (after: Partial<GraphNode> & Pick<GraphNode, 'id' | 'kind'>, index = 0): Change => ({
  version: 8,
  index,
  at: '2026-01-01T00:00:00.000Z',
  actor: 'test',
  action: 'UPDATE',
  target: 'NODE',
  targetId: after.id,
  subjects: [after.id],
  after: { name: after.id, aliases: [], provenance: [], version: 2, ...after } as GraphNode,
});

describe('patchNodeFields', () => {
  it('gives what a rebuild gives when nodes change their recovery objective and dates', () => {
    const changes = [
      update({ id: 'system:wan', kind: 'System', rtoHours: 24, criticality: 'CRITICAL' }),
      update({ id: 'contract:wan', kind: 'Contract', start: '2010-02', end: '2019-03', noticeMonths: 6 }, 1),
      update({ id: 'system:mail', kind: 'System', planned: true }, 2),
    ];
    const patched = patchNodeFields(buildProjection(topology), changes, 8);
    const rebuilt = buildProjection({
      version: 8,
      edges: topology.edges,
      nodes: [
        { id: 'contract:wan', kind: 'Contract', start: '2010-02', end: '2019-03', noticeMonths: 6 },
        { id: 'system:mail', kind: 'System', planned: true },
        { id: 'system:wan', kind: 'System', rtoHours: 24, criticality: 'CRITICAL' },
      ],
    });
    expect(patched).toEqual(rebuilt);
  });

  it('shares the old arrays when only names and descriptions changed', () => {
    const p = buildProjection(topology);
    const patched = patchNodeFields(p, [update({ id: 'system:mail', kind: 'System', rtoHours: 8 })], 8)!;
    expect(patched.version).toBe(8);
    expect(patched.rtoHours).toBe(p.rtoHours);
    expect(patched.nodes).toBe(p.nodes);
    expect(p.version).toBe(7);
  });

  it('refuses what changes the topology: a node created or deleted, a relationship, a kind', () => {
    const p = buildProjection(topology);
    const created: Change = { ...update({ id: 'system:new', kind: 'System' }), action: 'CREATE' };
    const deleted: Change = { ...update({ id: 'system:mail', kind: 'System' }), action: 'DELETE' };
    const relationship: Change = {
      ...update({ id: 'system:mail', kind: 'System' }),
      target: 'RELATIONSHIP',
      targetId: 'system:mail|DEPENDS_ON|system:wan',
    };
    const unknown = update({ id: 'system:elsewhere', kind: 'System' });
    const rekinded = update({ id: 'system:mail', kind: 'Site' } as GraphNode);
    for (const change of [created, deleted, relationship, unknown, rekinded]) {
      expect(patchNodeFields(p, [update({ id: 'system:wan', kind: 'System' }), change], 8)).toBeNull();
    }
  });
});
