// The read cache applying a hub import: the changes one write reports for a hub with N dependants
// (N + 1 nodes, N relationships to the hub), applied to the in-memory snapshot as the cached
// store applies them after the commit, then the same relationships updated and deleted. Linear
// in the batch: the time per relationship stays flat as the hub grows (issue #21).
// Usage: npx tsx bench/read-cache.bench.ts [--sizes=10000,50000]
import type { Change } from '../server/src/domain/history/change.js';
import { defaultRelationshipId, parseBatch } from '../server/src/domain/metamodel/index.js';
import { GraphSnapshot } from '../server/src/store/read-cache/graph-snapshot.js';
import { hub } from '../tests/fixtures/graphs.js';
import { summarise } from './timing.js';

const sizes = (process.argv.find((a) => a.startsWith('--sizes='))?.slice(8) ?? '10000,50000')
  .split(',')
  .map(Number);

function changesOf(n: number, action: 'CREATE' | 'UPDATE' | 'DELETE'): Change[] {
  const batch = parseBatch(hub(n));
  const base = { version: 1, at: '2026-01-01T00:00:00.000Z', actor: 'bench', action };
  const nodes = action === 'CREATE' ? batch.nodes : [];
  const rels = batch.relationships.map((rel) => ({
    ...rel,
    id: defaultRelationshipId(rel.from, rel.type, rel.to),
  }));
  return [
    ...nodes.map((node, index) => ({
      ...base,
      index,
      target: 'NODE' as const,
      targetId: node.id,
      subjects: [node.id],
      after: { ...node, version: 1 },
    })),
    ...rels.map((rel, i) => ({
      ...base,
      index: nodes.length + i,
      target: 'RELATIONSHIP' as const,
      targetId: rel.id,
      subjects: [rel.from, rel.to],
      ...(action === 'DELETE' ? { before: rel } : { after: { ...rel, note: 'Updated' } }),
    })),
  ];
}

const empty = async function* () {};
console.log(
  '| dependants of the hub | create (ms) | update (ms) | delete (ms) | µs per relationship (create) |',
);
console.log('| ---: | ---: | ---: | ---: | ---: |');
for (const n of sizes) {
  const [create, update, remove] = (['CREATE', 'UPDATE', 'DELETE'] as const).map((a) => changesOf(n, a));
  const times: Record<'create' | 'update' | 'remove', number[]> = { create: [], update: [], remove: [] };
  for (let run = 0; run < 6; run++) {
    const snapshot = (await GraphSnapshot.read(empty, async () => 0))!;
    for (const [phase, changes, version] of [
      ['create', create!, 1],
      ['update', update!, 2],
      ['remove', remove!, 3],
    ] as const) {
      const t = performance.now();
      snapshot.apply(changes, version);
      // The first run warms up.
      if (run > 0) times[phase].push(performance.now() - t);
    }
  }
  const [c, u, d] = [times.create, times.update, times.remove].map((t) => summarise(t).median);
  console.log(`| ${n} | ${c} | ${u} | ${d} | ${((c! * 1000) / n).toFixed(2)} |`);
}
