// A long what-if does not hold up a search: the what-ifs walk in the impact pool's worker thread,
// so a search sent after them, on the same server, is answered before any of them is. The graph is
// a hub with 100,000 dependants: each what-if from the hub reaches every node.
import { describe, expect, it } from 'vitest';
import { hubDown, SPOKES, useHubServer } from './hub-server.js';

/** What-ifs in flight at once: with one worker thread they walk one after another. */
const WHAT_IFS = 4;

const hub = useHubServer('explorer-overlap-', 1);

describe('a search during what-ifs', () => {
  it('is answered before the what-ifs sent ahead of it, which still answer in full', async () => {
    // The worker thread is started, and has the projection, before the race; the search index is
    // built by a first search (seconds at 100k on a busy machine, and not what is raced here).
    expect(
      (await hub.gql<{ impact: { totalAffected: number } }>(hubDown(100))).data?.impact.totalAffected,
    ).toBe(SPOKES + 1);
    expect((await hub.gql('{ search(text: "Spoke 1", first: 1) { totalCount } }')).errors).toBeUndefined();
    const answered: string[] = [];
    const whatIfs = Array.from({ length: WHAT_IFS }, (_, i) =>
      hub.gql<{ impact: { totalAffected: number } }>(hubDown(i + 1)).then((answer) => {
        answered.push(`what-if ${i + 1}`);
        return answer;
      }),
    );
    const search = await hub
      .gql<{ search: { totalCount: number; edges: { node: { id: string } }[] } }>(
        '{ search(text: "Spoke 4242", first: 1) { totalCount edges { node { id } } } }',
      )
      .then((answer) => {
        answered.push('search');
        return answer;
      });
    const results = await Promise.all(whatIfs);

    expect(search.data?.search.edges[0]?.node.id).toBe('system:spoke-04242');
    expect(results.map((r) => r.data?.impact.totalAffected)).toEqual(Array(WHAT_IFS).fill(SPOKES + 1));
    expect(answered[0]).toBe('search');
    expect(answered).toHaveLength(WHAT_IFS + 1);
  });

  it('answers the hub’s neighbourhood from the worker thread: its first hundred spokes and the count', async () => {
    const pooled = hub.impact.neighbourhoods.stats().pooled;
    const answer = await hub.gql<{
      neighbourhood: { truncated: boolean; nodes: { id: string }[]; capped: { id: string; total: number }[] };
    }>('{ neighbourhood(id: "system:hub", depth: 2) { truncated nodes { id } capped { id total } } }');
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.neighbourhood.nodes).toHaveLength(101);
    expect(answer.data?.neighbourhood.nodes[100]?.id).toBe('system:spoke-00099');
    expect(answer.data?.neighbourhood.capped).toEqual([{ id: 'system:hub', total: SPOKES }]);
    expect(hub.impact.neighbourhoods.stats().pooled).toBe(pooled + 1);
  });
});
