import { describe, expect, it } from 'vitest';
import type { GraphData } from '../graph/graph-data.js';
import { traceability } from './traceability.js';

// Two strategies sharing a project; the project changes a system that depends on another system.
const graph: GraphData = {
  nodes: [
    { id: 'strategy:a', kind: 'Strategy', name: 'A' },
    { id: 'strategy:b', kind: 'Strategy', name: 'B' },
    { id: 'theme:a1', kind: 'Theme', name: 'A1' },
    { id: 'theme:b1', kind: 'Theme', name: 'B1' },
    { id: 'project:p', kind: 'Project', name: 'P' },
    { id: 'project:q', kind: 'Project', name: 'Q' },
    { id: 'system:x', kind: 'System', name: 'X' },
    { id: 'system:net', kind: 'System', name: 'Network' },
  ],
  edges: [
    { id: '1', type: 'PART_OF', from: 'theme:a1', to: 'strategy:a' },
    { id: '2', type: 'PART_OF', from: 'theme:b1', to: 'strategy:b' },
    { id: '3', type: 'DELIVERS', from: 'project:p', to: 'theme:a1' },
    { id: '4', type: 'DELIVERS', from: 'project:p', to: 'theme:b1' },
    { id: '5', type: 'DELIVERS', from: 'project:q', to: 'theme:b1' },
    { id: '6', type: 'CHANGES', from: 'project:p', to: 'system:x' },
    { id: '7', type: 'DEPENDS_ON', from: 'system:x', to: 'system:net' },
  ],
};

const ids = (g: GraphData) => g.nodes.map((n) => n.id).sort();

describe('traceability', () => {
  it('goes down from a strategy only: not across to the other strategy through a shared project', () => {
    const t = traceability(graph, 'strategy:a');
    expect(ids(t)).toEqual(['project:p', 'strategy:a', 'system:net', 'system:x', 'theme:a1']);
    expect(t.edges.map((e) => e.id).sort()).toEqual(['1', '3', '6', '7']);
    expect(Object.fromEntries(t.levels)).toEqual({ Strategy: 1, Theme: 1, Project: 1, System: 2 });
  });

  it('goes up from a system to every strategy it serves, through the systems that need it', () => {
    const t = traceability(graph, 'system:net');
    expect(ids(t)).toEqual([
      'project:p',
      'strategy:a',
      'strategy:b',
      'system:net',
      'system:x',
      'theme:a1',
      'theme:b1',
    ]);
    expect(t.edges.map((e) => e.id)).not.toContain('5');
  });

  it('goes both ways from a project', () => {
    expect(ids(traceability(graph, 'project:q'))).toEqual(['project:q', 'strategy:b', 'theme:b1']);
  });

  it('is empty for a node that is not in the graph', () => {
    expect(traceability(graph, 'system:gone').nodes).toEqual([]);
  });
});
