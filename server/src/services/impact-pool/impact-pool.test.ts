// The pool walks a what-if in a worker thread over the projection in shared memory, and the report
// read from what it hands back is the one the event loop would have made: same states, causes and
// explanations, plain or as at a day, with redundancy and fallbacks.
import { afterAll, describe, expect, it } from 'vitest';
import {
  analyseImpact,
  buildProjection,
  planRun,
  propagationOf,
  reportOf,
  type ImpactEvent,
  type TopologyEdge,
  type TopologyNode,
} from '../../domain/impact/index.js';
import { ImpactPool } from './impact-pool.js';
import { shareProjection } from './shared-projection.js';

const sys = (slug: string, extra: Partial<TopologyNode> = {}): TopologyNode => ({
  id: `system:${slug}`,
  kind: 'System',
  ...extra,
});
const dep = (from: string, to: string, extra: Partial<TopologyEdge> = {}): TopologyEdge => ({
  from: `system:${from}`,
  type: 'DEPENDS_ON',
  to: `system:${to}`,
  ...extra,
});

/** Two of three data centres needed by the network; the app needs the network and falls back
 *  to paper when it is down; a link that ended in 2019 no longer carries impact. */
const topology = {
  version: 7,
  nodes: [sys('dc-a'), sys('dc-b'), sys('dc-c'), sys('network'), sys('app'), sys('paper'), sys('old')],
  edges: [
    dep('network', 'dc-a', { redundancy: { group: 'dcs', k: 2 } }),
    dep('network', 'dc-b', { redundancy: { group: 'dcs', k: 2 } }),
    dep('network', 'dc-c', { redundancy: { group: 'dcs', k: 2 } }),
    dep('app', 'network', { fallback: 'system:paper' }),
    dep('old', 'dc-a', { end: '2019-12' }),
  ],
};

const pool = new ImpactPool(2);
afterAll(() => pool.close());

async function inPool(events: ImpactEvent[], asAt?: string) {
  const p = shareProjection(buildProjection(topology));
  const plan = planRun(p, events, { asAt });
  return reportOf(
    p,
    events,
    plan,
    propagationOf(p, plan.seeds, plan.day, await pool.walk(p, plan.seeds, plan.day)),
  );
}

const summary = (report: Awaited<ReturnType<typeof inPool>>) =>
  report.affected.map((a) => ({ ...a, explanation: report.explain(a.id) }));

describe('the impact pool', () => {
  it.each<[string, ImpactEvent[], string | undefined]>([
    ['one data centre: the network exposed', [{ type: 'NODE_FAILS', id: 'system:dc-a' }], undefined],
    [
      'two data centres: the network down, the app on paper',
      [
        { type: 'NODE_FAILS', id: 'system:dc-a' },
        { type: 'NODE_FAILS', id: 'system:dc-b', hours: 6 },
      ],
      undefined,
    ],
    ['as at 2018, the old link still carries it', [{ type: 'NODE_FAILS', id: 'system:dc-a' }], '2018-01-01'],
    ['as at 2024, it does not', [{ type: 'NODE_FAILS', id: 'system:dc-a' }], '2024-01-01'],
  ])('gives the event loop’s report: %s', async (_, events, asAt) => {
    const expected = analyseImpact(buildProjection(topology), events, { asAt });
    const pooled = await inPool(events, asAt);
    expect(pooled.affected.length).toBeGreaterThan(1);
    expect(summary(pooled)).toEqual(summary(expected));
    expect(pooled.counts).toEqual(expected.counts);
    expect(pooled.breaches).toEqual(expected.breaches);
  });

  it('shares the projection rather than copying it', () => {
    const p = shareProjection(buildProjection(topology));
    expect(p.edgeProvider.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(p.dependants.items.buffer).toBeInstanceOf(SharedArrayBuffer);
  });
});
