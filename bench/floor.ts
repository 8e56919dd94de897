// The floor every impact figure is compared with: breadth-first search over plain arrays of
// dependants, the least work any engine must do to find what a failure reaches.
import { RELATIONSHIP_RULES, type GraphBatch } from '../server/src/domain/metamodel/index.js';

export function floorGraph(batch: GraphBatch): { index: Map<string, number>; dependants: number[][] } {
  const index = new Map(batch.nodes.map((n, i) => [n.id, i]));
  const dependants: number[][] = Array.from({ length: batch.nodes.length }, () => []);
  for (const r of batch.relationships) {
    const impact = RELATIONSHIP_RULES[r.type].impact;
    if (impact === 'NONE') continue;
    const [provider, dependant] = impact === 'SOURCE' ? [r.to, r.from] : [r.from, r.to];
    dependants[index.get(provider)!]!.push(index.get(dependant)!);
  }
  return { index, dependants };
}

export function bfs(dependants: number[][], source: number): number {
  const seen = new Uint8Array(dependants.length);
  const queue = [source];
  seen[source] = 1;
  for (let head = 0; head < queue.length; head++) {
    for (const next of dependants[queue[head]!]!) {
      if (!seen[next]) {
        seen[next] = 1;
        queue.push(next);
      }
    }
  }
  return queue.length;
}
