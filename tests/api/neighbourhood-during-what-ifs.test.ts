// A neighbourhood is not queued behind what-ifs: the impact pool gives neighbourhoods a lane (a
// queue and a worker thread) of their own, so one asked after a burst of what-ifs from a hub, on
// the same server, is answered before any of them, and /readyz says how long each lane's tasks
// waited and ran. With one queue for both, it waited for the what-ifs ahead of it. The graph is a
// hub with 100,000 dependants: each what-if from the hub reaches every node.
import { describe, expect, it } from 'vitest';
import type { LaneSummary } from '../../server/src/services/impact-pool/lane-timings.js';
import { hubDown, SPOKES, useHubServer } from './hub-server.js';

/** What-ifs in flight at once: many more than the pool has threads, so that with one queue the
 *  neighbourhood would wait for most of them to start. */
const WHAT_IFS = 8;

// Two threads: one for what-ifs, one for neighbourhoods.
const hub = useHubServer('explorer-lanes-', 2);
const spokeNeighbourhood = '{ neighbourhood(id: "system:spoke-04242", depth: 1) { nodes { id } } }';

describe('a neighbourhood during what-ifs', () => {
  it('is walked in its own lane and answered before most of the what-ifs sent ahead of it', async () => {
    // Both lanes' threads are started and have their arrays before the race.
    expect(
      (await hub.gql<{ impact: { totalAffected: number } }>(hubDown(100))).data?.impact.totalAffected,
    ).toBe(SPOKES + 1);
    expect((await hub.gql(spokeNeighbourhood)).errors).toBeUndefined();
    const since = Date.now();
    const pooled = hub.impact.neighbourhoods.stats().pooled;
    const answered: string[] = [];
    const whatIfs = Array.from({ length: WHAT_IFS }, (_, i) =>
      hub.gql<{ impact: { totalAffected: number } }>(hubDown(i + 1)).then((answer) => {
        answered.push(`what-if ${i + 1}`);
        return answer;
      }),
    );
    const near = await hub
      .gql<{ neighbourhood: { nodes: { id: string }[] } }>(spokeNeighbourhood)
      .then((answer) => {
        answered.push('neighbourhood');
        return answer;
      });
    const results = await Promise.all(whatIfs);

    expect(near.data?.neighbourhood.nodes.map((n) => n.id)).toEqual(['system:spoke-04242', 'system:hub']);
    expect(hub.impact.neighbourhoods.stats().pooled).toBe(pooled + 1);
    expect(results.map((r) => r.data?.impact.totalAffected)).toEqual(Array(WHAT_IFS).fill(SPOKES + 1));
    // With one first-come queue it started only once the seventh what-if had a thread.
    expect(answered.indexOf('neighbourhood')).toBeLessThan(WHAT_IFS / 2);
    expect(answered).toHaveLength(WHAT_IFS + 1);

    // /readyz counts the race's tasks by lane.
    const ready = (await (await fetch(`${hub.server.url}/readyz?poolSince=${since}`)).json()) as {
      pool: Record<'whatIf' | 'neighbourhood', LaneSummary>;
    };
    expect(ready.pool.whatIf.tasks).toBe(WHAT_IFS);
    expect(ready.pool.neighbourhood.tasks).toBe(1);
    expect(ready.pool.whatIf.runMs.max).toBeGreaterThan(0);
  });
});
