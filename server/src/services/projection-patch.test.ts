// A patched projection must be the projection a rebuild would give, and a change the patch
// cannot express must be refused (the service then rebuilds).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Change } from '../domain/history/change.js';
import { analyseImpact } from '../domain/impact/index.js';
import { buildProjection, type Topology, type TopologyNode } from '../domain/impact/projection.js';
import {
  compileMetamodel,
  defaultRelationshipId,
  parseMetamodelText,
  type GraphNode,
  type GraphRelationship,
} from '../domain/metamodel/index.js';
import { patchNodeFields, patchProjection } from './projection-patch.js';

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

describe('patchProjection', () => {
  const withHub: Topology = {
    version: 7,
    nodes: [...nodes, { id: 'site:hq', kind: 'Site' }, { id: 'strategy:digital', kind: 'Strategy' }],
    edges: [
      ...topology.edges,
      { id: 'r-hosted', from: 'system:mail', type: 'HOSTED_AT', to: 'site:hq' },
      {
        id: 'r-grouped',
        from: 'system:mail',
        type: 'DEPENDS_ON',
        to: 'site:hq',
        redundancy: { group: 'g', k: 1 },
      },
      { id: 'r-fallback', from: 'system:wan', type: 'HOSTED_AT', to: 'site:hq', fallback: 'system:mail' },
    ],
  };
  const rel = (r: Omit<GraphRelationship, 'provenance'>): GraphRelationship => ({ ...r, provenance: [] });
  const relChange = (
    action: Change['action'],
    values: { before?: GraphRelationship; after?: GraphRelationship },
    index = 0,
  ): Change => {
    const r = (values.after ?? values.before)!;
    return {
      version: 8,
      index,
      at: '2026-01-01T00:00:00.000Z',
      actor: 'test',
      action,
      target: 'RELATIONSHIP',
      targetId: r.id,
      subjects: [r.from, r.to],
      ...values,
    };
  };
  const wanOnHq = rel({ id: 'r-new', from: 'system:wan', type: 'DEPENDS_ON', to: 'site:hq' });
  const aligns = rel({ id: 'r-aligns', from: 'system:mail', type: 'ALIGNS_WITH', to: 'strategy:digital' });
  const mailOnWan = rel({
    id: defaultRelationshipId('system:mail', 'DEPENDS_ON', 'system:wan'),
    from: 'system:mail',
    type: 'DEPENDS_ON',
    to: 'system:wan',
  });

  it('gives what a rebuild gives when relationships are added and removed', () => {
    const p = buildProjection(withHub);
    const patched = patchProjection(
      p,
      [
        relChange('CREATE', { after: wanOnHq }),
        relChange('CREATE', { after: aligns }, 1),
        relChange('DELETE', { before: mailOnWan }, 2),
        update({ id: 'system:wan', kind: 'System', rtoHours: 2, criticality: 'CRITICAL' }, 3),
      ],
      8,
    );
    const [first, ...rest] = withHub.edges;
    expect(first!.to).toBe('system:wan');
    const rebuilt = buildProjection({
      version: 8,
      nodes: withHub.nodes.map((n) => (n.id === 'system:wan' ? { ...n, rtoHours: 2 } : n)),
      edges: [
        ...rest,
        { id: 'r-new', from: 'system:wan', type: 'DEPENDS_ON', to: 'site:hq' },
        { id: 'r-aligns', from: 'system:mail', type: 'ALIGNS_WITH', to: 'strategy:digital' },
      ],
    });
    expect(patched).toEqual(rebuilt);
    // And back again: the link and the edge removed, the first one restored last.
    const back = patchProjection(
      patched!,
      [
        relChange('DELETE', { before: wanOnHq }),
        relChange('DELETE', { before: aligns }, 1),
        relChange('CREATE', { after: mailOnWan }, 2),
      ],
      9,
    );
    expect(back).toEqual(
      buildProjection({
        version: 9,
        nodes: rebuilt.nodes,
        edges: [...rest, { ...first!, id: mailOnWan.id }],
      }),
    );
  });

  it('answers what-ifs as a rebuild does after a relationship changed its ends and dates', () => {
    const p = buildProjection(withHub);
    const moved = rel({ ...mailOnWan, to: 'site:hq', end: '2020-01' });
    const patched = patchProjection(p, [relChange('UPDATE', { before: mailOnWan, after: moved })], 8)!;
    const rebuilt = buildProjection({
      version: 8,
      nodes: withHub.nodes,
      edges: withHub.edges.map((e, i) =>
        i === 0 ? { id: moved.id, from: moved.from, type: moved.type, to: moved.to, end: moved.end } : e,
      ),
    });
    for (const id of ['site:hq', 'system:wan', 'contract:wan']) {
      for (const asAt of [undefined, '2019-06-01', '2021-06-01']) {
        const events = [{ type: 'NODE_FAILS' as const, id }];
        expect(analyseImpact(patched, events, { asAt }).affected).toEqual(
          analyseImpact(rebuilt, events, { asAt }).affected,
        );
      }
    }
  });

  it('refuses a relationship in a redundancy group, or one whose end it does not hold', () => {
    const p = buildProjection(withHub);
    const grouped = rel({ id: 'r-grouped', from: 'system:mail', type: 'DEPENDS_ON', to: 'site:hq' });
    const stranger = rel({ id: 'r-x', from: 'system:elsewhere', type: 'DEPENDS_ON', to: 'site:hq' });
    const joining = rel({ ...wanOnHq, redundancy: { group: 'g', k: 1 } });
    for (const change of [
      relChange('DELETE', { before: grouped }),
      relChange('CREATE', { after: stranger }),
      relChange('CREATE', { after: joining }),
      relChange('DELETE', { before: wanOnHq }),
    ]) {
      expect(patchProjection(p, [change], 8)).toBeNull();
    }
  });

  it('patches a projection of another metamodel with its own directions of impact', () => {
    const file = new URL('../../../metamodels/archimate.yaml', import.meta.url);
    const archimate = compileMetamodel(parseMetamodelText(readFileSync(file, 'utf8'), 'archimate.yaml'));
    const base: Topology = {
      version: 7,
      nodes: [
        { id: 'technologynode:srv', kind: 'TechnologyNode' },
        { id: 'applicationcomponent:crm', kind: 'ApplicationComponent' },
        { id: 'dataobject:data', kind: 'DataObject' },
      ],
      edges: [
        { id: 'r-serves', from: 'technologynode:srv', type: 'SERVING', to: 'applicationcomponent:crm' },
      ],
    };
    const access = rel({
      id: 'r-access',
      from: 'applicationcomponent:crm',
      type: 'ACCESS' as GraphRelationship['type'],
      to: 'dataobject:data',
    });
    const patched = patchProjection(
      buildProjection(base, archimate),
      [relChange('CREATE', { after: access })],
      8,
    )!;
    const rebuilt = buildProjection(
      {
        ...base,
        version: 8,
        edges: [...base.edges, { id: 'r-access', from: access.from, type: 'ACCESS', to: access.to }],
      },
      archimate,
    );
    expect(patched).toEqual(rebuilt);
    // Access: the accessor (the source) needs the data; Serving: the served (the target) needs the server.
    const failing = (id: string) =>
      analyseImpact(patched, [{ type: 'NODE_FAILS', id }]).affected.map((a) => a.id);
    expect(failing('dataobject:data')).toEqual(['dataobject:data', 'applicationcomponent:crm']);
    expect(failing('applicationcomponent:crm')).toEqual(['applicationcomponent:crm']);
  });
});
