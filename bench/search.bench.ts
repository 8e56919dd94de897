// Word search from the read cache's index at 100k nodes, in memory: the time to build the index
// on the first search with words, its heap, and the median of each search the concurrent clients
// send (bench/synthetic-queries.ts) and of the words the page's users type.
// Usage: node --expose-gc --import tsx bench/search.bench.ts [--sizes=100000]
import { defaultRelationshipId } from '../server/src/domain/metamodel/index.js';
import type { GraphRecord } from '../server/src/store/port.js';
import { GraphSnapshot } from '../server/src/store/read-cache/graph-snapshot.js';
import { generateGraph } from './generate.js';
import { TIMED_SEARCH } from './synthetic-queries.js';
import { fmtMiB, log, once, round, sample, sizeLabel } from './timing.js';

const sizes = (process.argv.find((a) => a.startsWith('--sizes='))?.slice(8) ?? '100000')
  .split(',')
  .map(Number);
const TEXTS = [
  TIMED_SEARCH,
  'Payroll',
  'Maidstone',
  'Unisys',
  'data centre',
  'con-00012',
  'Resilience',
  'telephone',
  'SAN replacement',
  'unsiys contract',
  '',
];

for (const n of sizes) {
  const batch = generateGraph(n);
  async function* records(): AsyncIterable<GraphRecord> {
    for (const node of batch.nodes) yield { type: 'node', node: { ...node, version: 1 } };
    for (const rel of batch.relationships)
      yield {
        type: 'relationship',
        relationship: { ...rel, id: rel.id ?? defaultRelationshipId(rel.from, rel.type, rel.to) },
      };
  }
  const snapshot = (await GraphSnapshot.read(records, async () => 1))!;
  global.gc?.();
  const before = process.memoryUsage().heapUsed;
  const [buildMs] = await once(() => snapshot.search({ text: 'payroll', first: 20 }, 'bench'));
  global.gc?.();
  const heap = process.memoryUsage().heapUsed - before;
  log(
    `${sizeLabel(n)}: index built on the first search in ${round(buildMs)} ms, heap ${global.gc ? fmtMiB(heap) : '(run with --expose-gc)'}`,
  );
  for (const text of TEXTS) {
    const found = snapshot.search({ text, first: 20 }, 'bench').totalCount;
    const s = await sample(() => snapshot.search({ text, first: 20 }, 'bench'), { warmups: 5, runs: 51 });
    log(`  "${text}": ${found} found, median ${round(s.median, 3)} ms, p95 ${round(s.p95, 3)} ms`);
  }
}
