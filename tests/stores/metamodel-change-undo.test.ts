// A failed metamodel switch undone on the embedded store: columns and REL tables it added dropped.
import { openLadybugStore } from '../../server/src/store/ladybug/open-ladybug.js';
import { openTempStore } from '../fixtures/test-server.js';
import { metamodelChangeUndoSuite } from './metamodel-change-undo-suite.js';

metamodelChangeUndoSuite('LadybugDB', async () => {
  const temp = await openTempStore({ prefix: 'explorer-metamodel-undo-' });
  await temp.store.close();
  const store = await openLadybugStore(temp.file);
  const names = async (statement: string) =>
    (await store.session.read(statement)).map((r) => String(r.name)).sort();
  return {
    store,
    schema: async () => ({
      nodeColumns: await names("CALL table_info('Node') RETURN name"),
      relationshipTypes: (await names("CALL show_tables() WHERE type = 'REL' RETURN name")) as string[],
    }),
    close: temp.close,
  };
});
