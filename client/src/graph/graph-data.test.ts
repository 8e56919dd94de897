import { describe, expect, it } from 'vitest';
import { toElements } from './elements.js';
import { degrees, filterGraph, mergeGraphs, type GraphData } from './graph-data.js';

// A small named graph: a strategy, its theme, a project delivering it and the system it changes.
const chain: GraphData = {
  nodes: [
    { id: 'strategy:s', kind: 'Strategy', name: 'S' },
    { id: 'theme:t', kind: 'Theme', name: 'T' },
    { id: 'project:p', kind: 'Project', name: 'P' },
    { id: 'system:y', kind: 'System', name: 'Y' },
  ],
  edges: [
    { id: 'theme:t|PART_OF|strategy:s', type: 'PART_OF', from: 'theme:t', to: 'strategy:s' },
    { id: 'project:p|DELIVERS|theme:t', type: 'DELIVERS', from: 'project:p', to: 'theme:t' },
    { id: 'project:p|CHANGES|system:y', type: 'CHANGES', from: 'project:p', to: 'system:y' },
  ],
};

describe('graph data', () => {
  it('merges neighbourhoods without duplicates', () => {
    const a: GraphData = { nodes: chain.nodes.slice(0, 2), edges: chain.edges.slice(0, 1) };
    const b: GraphData = { nodes: chain.nodes.slice(1), edges: chain.edges.slice(1) };
    const merged = mergeGraphs([a, b, a]);
    expect(merged.nodes.map((n) => n.id)).toEqual(chain.nodes.map((n) => n.id));
    expect(merged.edges).toHaveLength(3);
  });

  it('filters by kind and type, dropping relationships that lose an end, keeping the root', () => {
    const noThemes = filterGraph(chain, { hiddenKinds: ['Theme'], hiddenTypes: [] });
    expect(noThemes.nodes.map((n) => n.id)).toEqual(['strategy:s', 'project:p', 'system:y']);
    expect(noThemes.edges.map((e) => e.type)).toEqual(['CHANGES']);
    const keep = filterGraph(chain, { hiddenKinds: ['Theme'], hiddenTypes: ['CHANGES'], keep: ['theme:t'] });
    expect(keep.nodes).toHaveLength(4);
    expect(keep.edges.map((e) => e.type)).toEqual(['PART_OF', 'DELIVERS']);
  });

  it('counts relationships per node', () => {
    expect(Object.fromEntries(degrees(chain))).toEqual({
      'strategy:s': 1,
      'theme:t': 2,
      'project:p': 2,
      'system:y': 1,
    });
  });

  it('draws relationships top-down by kind, flipping those that read upwards', () => {
    const edges = toElements(chain).filter((e) => e.group === 'edges');
    const partOf = edges.find((e) => e.data.type === 'PART_OF')!;
    expect(partOf.data).toMatchObject({
      source: 'strategy:s',
      target: 'theme:t',
      from: 'theme:t',
      to: 'strategy:s',
    });
    expect(partOf.classes).toBe('flipped');
    const changes = edges.find((e) => e.data.type === 'CHANGES')!;
    expect(changes.data).toMatchObject({ source: 'project:p', target: 'system:y' });
    expect(changes.classes).toBe('');
  });

  it('gives nodes the classes asked for', () => {
    const nodes = toElements(chain, { nodeClasses: (n) => (n.id === 'theme:t' ? ['root', 'expanded'] : []) });
    expect(nodes.find((e) => e.data.id === 'theme:t')?.classes).toBe('root expanded');
  });
});
