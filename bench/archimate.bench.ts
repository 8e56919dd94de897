// The ArchiMate profile's run (a script, not a test): a generated ArchiMate graph loaded through
// the product's own write path into the embedded store opened with the profile, then start-up
// (opening the store, reading the read cache) and depth-2 neighbourhoods, beside the council
// graph of the same size for comparison. Impact is not measured: what-ifs follow the council
// metamodel only (docs/metamodel.md).
// Usage: npm run bench:archimate -- [--elements 20000] [--runs 21]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadMetamodelFile } from '../server/src/app/metamodel-file.js';
import { CODE_METAMODEL, parseBatch, type Metamodel } from '../server/src/domain/metamodel/index.js';
import { openLadybugStore } from '../server/src/store/ladybug/open-ladybug.js';
import { CachedGraphStore } from '../server/src/store/read-cache/cached-store.js';
import { generateArchimateGraph } from './generate-archimate.js';
import { generateGraph } from './generate.js';
import { fmtMs, log, once, round, sample } from './timing.js';

const { values } = parseArgs({
  options: { elements: { type: 'string', default: '20000' }, runs: { type: 'string', default: '21' } },
});
const elements = Number(values.elements);
const runs = Number(values.runs);

async function run(label: string, metamodel: Metamodel, raw: unknown, starts: (id: string) => boolean) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `explorer-bench-${label}-`));
  const file = path.join(dir, 'graph.lbug');
  try {
    const [parseMs, batch] = await once(() => parseBatch(raw, metamodel));
    const count = batch.nodes.length + batch.relationships.length;
    const store = await openLadybugStore(file, { metamodel });
    const [loadMs] = await once(() => store.applyBatch(batch));
    await store.close();
    const [startMs, cached] = await once(async () => {
      const opened = new CachedGraphStore(await openLadybugStore(file, { metamodel }));
      await opened.warm();
      return opened;
    });
    const roots = batch.nodes.map((n) => n.id).filter(starts);
    let i = 0;
    const hood = await sample(
      () => cached.neighbourhood({ id: roots[i++ % roots.length]!, depth: 2, limit: 500 }),
      {
        runs,
      },
    );
    await cached.close();
    const result = {
      metamodel: label,
      nodes: batch.nodes.length,
      relationships: batch.relationships.length,
      parseMs,
      loadMs,
      loadElementsPerSecond: Math.round((count / (parseMs + loadMs)) * 1000),
      startMs,
      neighbourhoodDepth2: hood,
    };
    log(
      `${label}: ${batch.nodes.length} nodes, ${batch.relationships.length} relationships; parse ${fmtMs(parseMs)}, ` +
        `load ${fmtMs(loadMs)} (${result.loadElementsPerSecond} elements/s with the parse), start-up ${fmtMs(startMs)}, ` +
        `depth-2 neighbourhood median ${fmtMs(hood.median)} (p95 ${fmtMs(hood.p95)})`,
    );
    return result;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  }
}

const archimate = await loadMetamodelFile('archimate');
const profile = await run('archimate', archimate, generateArchimateGraph(elements), (id) =>
  id.startsWith('applicationcomponent:'),
);
const council = await run('council', CODE_METAMODEL, generateGraph(elements), (id) =>
  id.startsWith('system:'),
);
const ratio = round(profile.loadElementsPerSecond / council.loadElementsPerSecond);
log(`ArchiMate against council at ${elements} nodes: load rate ${ratio}×`);
console.log(JSON.stringify({ elements, archimate: profile, council, loadRateRatio: ratio }, null, 2));
