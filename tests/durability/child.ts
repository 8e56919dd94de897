// A child process for crash and lock tests: opens the embedded store at argv[2], then either
// holds it open ("hold") or writes one large batch ("write N"), saying what it does on stdout.
import { parseBatch } from '../../server/src/domain/metamodel/index.js';
import { openLadybugStore } from '../../server/src/store/ladybug/open-ladybug.js';
import { hub } from '../fixtures/graphs.js';

const [file, mode, size] = process.argv.slice(2);
const store = await openLadybugStore(file!);
if (mode === 'hold') {
  console.log('HOLDING');
  setInterval(() => undefined, 1000);
} else {
  const batch = parseBatch(hub(Number(size)));
  console.log('WRITING');
  await store.applyBatch(batch);
  console.log('WRITTEN');
  await store.close();
}
