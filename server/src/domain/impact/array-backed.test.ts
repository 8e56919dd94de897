// The array-backed pieces of a run give what the plain versions gave: pages of affected nodes
// (with filters) against the full list, counts from the tally, durations from the worklist
// against sweeping every down node to a fixed point, and the projection's edge numbering.
import { describe, expect, it } from 'vitest';
import type { NodeKind } from '../metamodel/index.js';
import type { ImpactEvent } from './events.js';
import { buildProjection, type Projection, type TopologyEdge, type TopologyNode } from './projection.js';
import type { Propagation } from './propagate.js';
import { analyseImpact, countByKindAndState, type AffectedNode } from './report.js';
import type { Seed } from './seeds.js';
import { DOWN, IMPACT_STATES } from './state.js';

/** A seeded pseudo-random graph: systems, sites and strategic kinds, cycles, redundancy groups
 *  (k of 2–4) and fallbacks on a share of the dependencies, recovery objectives on some nodes. */
function randomTopology(seed: number, size: number): { nodes: TopologyNode[]; edges: TopologyEdge[] } {
  let s = seed;
  const random = () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const kinds: NodeKind[] = ['System', 'System', 'System', 'System', 'Site', 'Project', 'Theme', 'Partner'];
  const nodes: TopologyNode[] = Array.from({ length: size }, (_, i) => ({
    id: `n${i}`,
    kind: pick(kinds),
    ...(random() < 0.3 ? { rtoHours: pick([1, 4, 8, 24]) } : {}),
  }));
  const other = (i: number) => (i + 1 + Math.floor(random() * (size - 1))) % size;
  const edges: TopologyEdge[] = [];
  nodes.forEach((n, i) => {
    const plain = Math.floor(random() * 3);
    for (let e = 0; e < plain; e++) {
      edges.push({
        from: n.id,
        type: 'DEPENDS_ON',
        to: `n${other(i)}`,
        ...(random() < 0.15 ? { fallback: `n${other(i)}` } : {}),
      });
    }
    if (random() < 0.3) {
      const members = 2 + Math.floor(random() * 3);
      const k = 1 + Math.floor(random() * members);
      // Distinct providers: parallel relationships to one provider are one member of a group.
      const providers = new Set<number>();
      while (providers.size < members) providers.add(other(i));
      for (const to of providers) {
        edges.push({ from: n.id, type: 'DEPENDS_ON', to: `n${to}`, redundancy: { group: 'g', k } });
      }
    }
  });
  return { nodes, edges };
}

/** The entries as the report used to build them, from the run's plain arrays. */
function plainEntries(p: Projection, run: Propagation): AffectedNode[] {
  return run.reached.map((n) => ({
    id: p.ids[n]!,
    kind: p.nodes[n]!.kind,
    state: IMPACT_STATES[run.state[n]!]!,
    ...(run.state[n] === DOWN ? { downHours: run.downHours[n]! } : {}),
  }));
}

/** Durations by sweeping every down node until nothing changes: the definition, slowly. */
function sweptDownHours(p: Projection, seeds: readonly Seed[], state: Uint8Array): Float64Array {
  const hours = new Float64Array(p.size);
  if (seeds.every((s) => s.hours === Infinity)) {
    for (let n = 0; n < p.size; n++) if (state[n] === DOWN) hours[n] = Infinity;
    return hours;
  }
  for (const s of seeds) hours[s.node] = Math.max(hours[s.node]!, s.hours);
  const seeded = new Set(seeds.map((s) => s.node));
  for (let changed = true; changed;) {
    changed = false;
    for (let n = 0; n < p.size; n++) {
      if (state[n] !== DOWN || seeded.has(n)) continue;
      let h = 0;
      const byGroup = new Map<number, number[]>();
      for (let j = p.providers.offsets[n]!; j < p.providers.offsets[n + 1]!; j++) {
        const edge = p.providers.items[j]!;
        const provider = p.edgeProvider[edge]!;
        if (state[provider] !== DOWN) continue;
        const group = p.edgeGroup[edge]!;
        if (group >= 0) byGroup.set(group, [...(byGroup.get(group) ?? []), hours[provider]!]);
        else if (p.edgeFallback[edge]! < 0 || state[p.edgeFallback[edge]!] === DOWN)
          h = Math.max(h, hours[provider]!);
      }
      for (const [group, lost] of byGroup) {
        const spare = p.groupSize[group]! - p.groupK[group]!;
        if (lost.length > spare) h = Math.max(h, lost.sort((a, b) => a - b)[lost.length - spare - 1]!);
      }
      if (h > hours[n]!) {
        hours[n] = h;
        changed = true;
      }
    }
  }
  return hours;
}

const topology = randomTopology(7, 600);
const p = buildProjection({ version: 1, ...topology });
const fails = (i: number, hours?: number): ImpactEvent => ({
  type: 'NODE_FAILS',
  id: `n${i}`,
  ...(hours ? { hours } : {}),
});
const eventSets: ImpactEvent[][] = [
  [fails(0)],
  [fails(1, 6)],
  [fails(2, 3), fails(50, 12), fails(300, 1)],
  [fails(3, 2), fails(4)],
  ...Array.from({ length: 20 }, (_, i) => [fails(i * 29, 1 + (i % 7) * 5), fails(i * 31 + 5, 2 + (i % 3))]),
];

describe('the array-backed report', () => {
  it('pages give exactly the slices of the full list, with and without filters', () => {
    for (const events of eventSets) {
      const report = analyseImpact(p, events);
      const all = plainEntries(p, report.run);
      expect(report.affected).toEqual(all);
      expect(report.totalAffected).toBe(all.length);
      const filters = [
        {},
        { kinds: ['System'] },
        { states: ['DOWN'] },
        { kinds: ['Project', 'Theme'], states: ['AT_RISK'] },
        { kinds: ['Site', 'System'], states: ['DEGRADED', 'DOWN'] },
        { kinds: [], states: [] },
      ];
      for (const filter of filters) {
        const matching = all.filter(
          (a) =>
            (!filter.kinds?.length || filter.kinds.includes(a.kind)) &&
            (!filter.states?.length || filter.states.includes(a.state)),
        );
        for (const [offset, first] of [
          [0, 50],
          [7, 3],
          [matching.length - 2, 10],
          [matching.length + 5, 10],
        ] as const) {
          const page = report.page(Math.max(0, offset), first, filter);
          expect(page.totalCount).toBe(matching.length);
          expect(page.items).toEqual(matching.slice(Math.max(0, offset), Math.max(0, offset) + first));
        }
      }
    }
  });

  it('counts, single entries and states match the full list', () => {
    for (const events of eventSets) {
      const report = analyseImpact(p, events);
      const all = plainEntries(p, report.run);
      expect(report.counts).toEqual(countByKindAndState(all));
      for (const id of ['n0', 'n1', 'n77', 'n599', 'nope']) {
        const entry = all.find((a) => a.id === id);
        expect(report.affectedNode(id)).toEqual(entry);
        expect(report.stateOf(id)).toBe(entry?.state);
      }
    }
  });

  it('a down entry reads its hours only when asked', () => {
    const report = analyseImpact(p, [fails(1, 6)]);
    const entry = report.page(0, 1).items[0]!;
    expect(Object.getOwnPropertyDescriptor(entry, 'downHours')?.get).toBeTypeOf('function');
    expect(entry.downHours).toBe(6);
  });
});

describe('durations', () => {
  it('the worklist reaches the same durations as sweeping to a fixed point', () => {
    for (const events of eventSets) {
      const run = analyseImpact(p, events).run;
      expect(Array.from(run.downHours)).toEqual(Array.from(sweptDownHours(p, run.seeds, run.state)));
    }
  });

  it('breaches are the down nodes kept down past their objective, in the order reached', () => {
    for (const events of eventSets) {
      const report = analyseImpact(p, events);
      const expected = report.run.reached
        .filter((n) => report.run.state[n] === DOWN && report.run.downHours[n]! > p.rtoHours[n]!)
        .map((n) => ({ id: p.ids[n]!, rtoHours: p.rtoHours[n]!, downHours: report.run.downHours[n]! }));
      expect(report.breaches).toEqual(expected);
    }
  });
});

describe('the projection', () => {
  it('numbers edges in provider order and keeps the export order within each node', () => {
    expect(Array.from(p.dependants.items)).toEqual(Array.from({ length: p.edgeCount }, (_, e) => e));
    // DEPENDS_ON: the target provides, the source depends.
    const exported = (n: number, side: 'provider' | 'dependant') =>
      topology.edges
        .filter((e) => (side === 'provider' ? e.to : e.from) === p.ids[n])
        .map((e) => `${e.to}>${e.from}`);
    const key = (e: number) => `${p.ids[p.edgeProvider[e]!]}>${p.ids[p.edgeDependant[e]!]}`;
    const listed = (adjacency: Projection['providers'], n: number) =>
      Array.from(adjacency.items.subarray(adjacency.offsets[n]!, adjacency.offsets[n + 1]!), key);
    for (let n = 0; n < p.size; n++) {
      expect(listed(p.dependants, n)).toEqual(exported(n, 'provider'));
      expect(listed(p.providers, n)).toEqual(exported(n, 'dependant'));
    }
  });
});
