// A metamodel change whose switch fails leaves the old metamodel, schema and data in force: the
// schema widened for it (columns and REL tables, or constraints) is undone. Run against each
// store by passing a factory that opens it over a session whose writes fail on demand.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileMetamodel, parseBatch, parseMetamodelText } from '../../server/src/domain/metamodel/index.js';
import type { CypherGraphStore } from '../../server/src/store/cypher/cypher-store.js';
import { everyKind } from '../fixtures/graphs.js';
import { WITH_DATASETS } from '../api/metamodel-change-suite.js';

export interface UndoTarget {
  /** The store, opened with the council metamodel (its session is made to fail below). */
  readonly store: CypherGraphStore;
  /** What the schema holds that a change could add: column names of the node table (none on
   *  Neo4j), relationship tables or relationship-id constraints by type. */
  schema(): Promise<{ nodeColumns: string[]; relationshipTypes: string[] }>;
  close(): Promise<void>;
}

/** Makes the transaction that bumps the graph version fail while `on` is set: the switch's
 *  first statement, after the schema was widened. */
function failSwitches(store: CypherGraphStore): { on: boolean } {
  const failing = { on: false };
  const session = store.session;
  const write = session.write.bind(session);
  session.write = (work) =>
    write((tx) =>
      work({
        ...tx,
        run: (statement, params) =>
          failing.on && /m\.version = m\.version \+ 1/.test(statement)
            ? Promise.reject(new Error('write refused by the test'))
            : tx.run(statement, params),
      }),
    );
  return failing;
}

export function metamodelChangeUndoSuite(label: string, open: () => Promise<UndoTarget>): void {
  describe(`a metamodel change that fails to switch: ${label}`, () => {
    let target: UndoTarget;
    let failWrites: { on: boolean };
    beforeAll(async () => {
      target = await open();
      failWrites = failSwitches(target.store);
      await target.store.clear();
      await target.store.applyBatch(parseBatch(everyKind));
    });
    afterAll(async () => {
      failWrites.on = false;
      await target?.store.clear();
      await target?.close();
    });

    it('undoes the widened schema and keeps the old metamodel, statements and data', async () => {
      const before = await target.schema();
      const version = await target.store.graphVersion();
      const next = compileMetamodel(parseMetamodelText(WITH_DATASETS, 'with-datasets.yaml'));
      failWrites.on = true;
      await expect(target.store.changeMetamodel(next)).rejects.toThrow(/write refused/);
      failWrites.on = false;
      expect(target.store.metamodel.name).toBe('council');
      expect(await target.schema()).toEqual(before);
      expect(await target.store.graphVersion()).toBe(version);
      // The old statements still write: a node of a council kind, as before.
      const written = await target.store.applyBatch(
        parseBatch({ nodes: [{ kind: 'Partner', id: 'partner:after', name: 'After' }] }),
      );
      expect(written.created).toBe(1);
    });
  });
}
