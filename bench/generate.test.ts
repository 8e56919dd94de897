// The benchmark graphs: valid against the metamodel, deterministic, about five relationships
// per node, with a real hub.
import { describe, expect, it } from 'vitest';
import { checkBatchAgainstGraph, parseBatch } from '../server/src/domain/metamodel/index.js';
import { analyseImpact, buildProjection } from '../server/src/domain/impact/index.js';
import { fanIn, generateGraph, highestFanIn, kindCounts, topologyOf } from './generate.js';

describe('generateGraph', () => {
  const batch = generateGraph(1000);

  it('passes parseBatch and checkBatchAgainstGraph with no issues', () => {
    const parsed = parseBatch(batch);
    expect(checkBatchAgainstGraph(parsed, { kinds: new Map(), existingRelationships: new Set() })).toEqual(
      [],
    );
    expect(parsed.nodes).toHaveLength(1000);
  });

  it('is deterministic: the same seed gives the same graph, another seed another', () => {
    expect(generateGraph(1000, 42)).toEqual(batch);
    expect(generateGraph(1000, 7)).not.toEqual(batch);
  });

  it('has every kind in proportion and about five relationships per node', () => {
    const counts = kindCounts(1000);
    for (const [kind, n] of Object.entries(counts)) {
      expect(batch.nodes.filter((x) => x.kind === kind)).toHaveLength(n);
    }
    expect(counts.System).toBeGreaterThan(500);
    const perNode = batch.relationships.length / batch.nodes.length;
    expect(perNode).toBeGreaterThan(4.5);
    expect(perNode).toBeLessThan(5.5);
  });

  it('has redundancy groups, fallbacks, and contract ends of both precisions over 2014–2030', () => {
    expect(batch.relationships.some((r) => r.redundancy?.k === 1)).toBe(true);
    expect(batch.relationships.some((r) => r.fallback)).toBe(true);
    const ends = batch.nodes.flatMap((n) => (n.kind === 'Contract' && n.end ? [n.end] : []));
    expect(ends.some((e) => /^\d{4}-\d\d$/.test(e))).toBe(true);
    expect(ends.some((e) => /^\d{4}-\d\d-\d\d$/.test(e))).toBe(true);
    expect(ends.every((e) => e >= '2014' && e < '2031')).toBe(true);
  });

  it('has no self-loops and at most one relationship of a type between two nodes', () => {
    const keys = batch.relationships.map((r) => `${r.from}|${r.type}|${r.to}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(batch.relationships.every((r) => r.from !== r.to)).toBe(true);
  });

  it('puts a hub with high fan-in on infrastructure', () => {
    const hub = highestFanIn(batch);
    expect(hub).toMatch(/^(system|site):/);
    const counts = [...fanIn(batch).values()].sort((a, b) => b - a);
    expect(fanIn(batch).get(hub)).toBe(counts[0]);
    // Heavy-tailed: the hub has far more dependants than the median provider.
    expect(counts[0]).toBeGreaterThan(200);
    expect(counts[0]!).toBeGreaterThan(20 * counts[Math.floor(counts.length / 2)]!);
  });

  it('designs hubs for failure: the hub down takes down a part of the graph and exposes more', () => {
    const hub = highestFanIn(batch);
    const report = analyseImpact(buildProjection(topologyOf(batch)), [{ type: 'NODE_FAILS', id: hub }]);
    const count = (state: string) => report.affected.filter((a) => a.state === state).length;
    // Redundancy groups on hub links and hosting, fallbacks on infrastructure, and no path back
    // through suppliers: once, every node went down with any hub.
    expect(count('DOWN')).toBeLessThan(batch.nodes.length / 2);
    expect(count('DOWN')).toBeGreaterThan(batch.nodes.length / 10);
    expect(count('EXPOSED')).toBeGreaterThan(batch.nodes.length / 10);
    expect(count('DEGRADED')).toBeGreaterThan(0);
  });
});
