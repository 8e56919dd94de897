// A child process for crash and lock tests: opens the embedded store at argv[2], then either
// holds it open ("hold"), writes one large batch ("write N"), or ("imports N") writes a small
// edit and then two large imports one after the other, saying on stdout what it does and when
// each write has been acknowledged (its applyBatch returned).
import { parseBatch } from '../../server/src/domain/metamodel/index.js';
import { openLadybugStore } from '../../server/src/store/ladybug/open-ladybug.js';
import { hub } from '../fixtures/graphs.js';

const [file, mode, size] = process.argv.slice(2);
const store = await openLadybugStore(file!);
if (mode === 'hold') {
  console.log('HOLDING');
  setInterval(() => undefined, 1000);
} else if (mode === 'imports') {
  await store.applyBatch(parseBatch({ nodes: [{ kind: 'Partner', id: 'partner:edit', name: 'An edit' }] }));
  console.log('ACK edit');
  for (const name of ['a', 'b']) {
    const batch = parseBatch(hub(Number(size), `${name}-`));
    console.log(`WRITING ${name}`);
    await store.applyBatch(batch);
    console.log(`ACK ${name}`);
  }
  // Held open for a moment, so that a kill aimed just after the last acknowledgement lands
  // before a clean close (on a busy machine the parent's kill can trail the ACK line).
  await new Promise((resolve) => setTimeout(resolve, 3000));
  await store.close();
  console.log('CLOSED');
} else {
  const batch = parseBatch(hub(Number(size)));
  console.log('WRITING');
  await store.applyBatch(batch);
  console.log('WRITTEN');
  await store.close();
}
