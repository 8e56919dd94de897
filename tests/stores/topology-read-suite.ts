// exportTopology never answers a mix of two graph versions: while writes keep landing between
// its reads, it reads once more holding the writers' lock, and says so with a process warning.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBatch } from '../../server/src/domain/metamodel/index.js';
import type { CypherGraphStore } from '../../server/src/store/cypher/cypher-store.js';
import type { CypherSession } from '../../server/src/store/cypher/session.js';
import type { ReadRow } from '../../server/src/store/records.js';
import { chain } from '../fixtures/graphs.js';

export function topologyReadSuite(
  label: string,
  open: () => Promise<{ store: CypherGraphStore; close(): Promise<void> }>,
): void {
  describe(`exportTopology under concurrent writes: ${label}`, () => {
    let opened: { store: CypherGraphStore; close(): Promise<void> };
    beforeAll(async () => {
      opened = await open();
      await opened.store.clear();
      await opened.store.applyBatch(parseBatch(chain));
    });
    afterAll(() => opened?.close());

    it('reads under the writers’ lock after five torn reads, and answers one version whole', async () => {
      const { store } = opened;
      const session = store.session as { readAll: CypherSession['readAll'] };
      const readAll = session.readAll;
      let written = 0;
      // Another writer commits a new node between the two halves of every optimistic read.
      session.readAll = async <T>(statement: string, map: (row: ReadRow) => T): Promise<T[]> => {
        const rows = await readAll.call<CypherSession, [string, (row: ReadRow) => T], Promise<T[]>>(
          store.session,
          statement,
          map,
        );
        written++;
        await store.applyBatch(
          parseBatch({ nodes: [{ kind: 'System', id: `system:w${written}`, name: `Writer ${written}` }] }),
        );
        return rows;
      };
      const warnings: Error[] = [];
      const onWarning = (w: Error) => warnings.push(w);
      process.on('warning', onWarning);
      try {
        const topology = await store.exportTopology();
        expect(written).toBe(10); // five attempts of two reads each, all torn
        expect(topology.version).toBe(await store.graphVersion());
        const ids = new Set(topology.nodes.map((n) => n.id));
        for (let i = 1; i <= written; i++) expect(ids.has(`system:w${i}`)).toBe(true);
        expect(topology.nodes).toHaveLength(chain.nodes.length + written);
        expect(topology.edges).toHaveLength(chain.relationships.length);
        // process.emitWarning is delivered on the next tick.
        await new Promise((resolve) => setImmediate(resolve));
        expect(warnings.map((w) => (w as Error & { code?: string }).code)).toContain('TOPOLOGY_READ_LOCKED');
      } finally {
        session.readAll = readAll;
        process.off('warning', onWarning);
      }
    });

    it('answers from the optimistic read when no write comes in between', async () => {
      const { store } = opened;
      const warnings: Error[] = [];
      const onWarning = (w: Error) => warnings.push(w);
      process.on('warning', onWarning);
      try {
        const topology = await store.exportTopology();
        expect(topology.version).toBe(await store.graphVersion());
        await new Promise((resolve) => setImmediate(resolve));
        expect(warnings).toEqual([]);
      } finally {
        process.off('warning', onWarning);
      }
    });
  });
}
