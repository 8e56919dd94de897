// The storage contract's cases for relationship ids: parallel relationships (same ends and
// type) coexist, each is updated, deleted and found in the history by its id, and an item
// without an id is matched by its ends and type only when that is unambiguous.
import { describe, expect, it } from 'vitest';
import { BadInputError } from '../../server/src/domain/errors.js';
import {
  defaultRelationshipId,
  parseBatch,
  type GraphBatchInput,
} from '../../server/src/domain/metamodel/index.js';
import type { GraphStore } from '../../server/src/store/port.js';

const load = (store: GraphStore, input: GraphBatchInput) => store.applyBatch(parseBatch(input));

/** An application that reads from and writes to one database: two DEPENDS_ON between the pair. */
const readsAndWrites = {
  nodes: [
    { kind: 'System', id: 'system:app', name: 'App' },
    { kind: 'System', id: 'system:db', name: 'Database' },
  ],
  relationships: [
    { id: 'rel:reads', from: 'system:app', type: 'DEPENDS_ON', to: 'system:db', note: 'reads' },
    { id: 'rel:writes', from: 'system:app', type: 'DEPENDS_ON', to: 'system:db', note: 'writes' },
  ],
} satisfies GraphBatchInput;

const out = (store: GraphStore) =>
  store.expandFrontier({ ids: ['system:app'], types: ['DEPENDS_ON'], direction: 'OUT' });
const notes = async (store: GraphStore) =>
  Object.fromEntries((await out(store)).map((r) => [r.id, r.note ?? null]));

async function refused(promise: Promise<unknown>, path: string, message: RegExp) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BadInputError);
  const issues = (error as BadInputError).issues;
  expect(
    issues.some((i) => i.path === path && message.test(i.message)),
    JSON.stringify(issues),
  ).toBe(true);
}

export function relationshipIdCases(store: () => GraphStore): void {
  describe('relationship ids', () => {
    it('keeps two relationships of one type between the same pair, each with its id', async () => {
      await load(store(), readsAndWrites);
      expect(await notes(store())).toEqual({ 'rel:reads': 'reads', 'rel:writes': 'writes' });
      expect(await store().countRelationships()).toBe(2);
      const hood = await store().neighbourhood({ id: 'system:app', depth: 1, limit: 10 });
      expect(hood.relationships.map((r) => r.id)).toEqual(['rel:reads', 'rel:writes']);
      const edges = (await store().exportTopology()).edges.map((e) => e.id).sort();
      expect(edges).toEqual(['rel:reads', 'rel:writes']);
      const exported: string[] = [];
      for await (const r of store().exportGraph())
        if (r.type === 'relationship') exported.push(r.relationship.id);
      expect(exported).toEqual(['rel:reads', 'rel:writes']);
      expect((await store().getRelationships(['rel:writes', 'rel:none'])).map((r) => r.note)).toEqual([
        'writes',
      ]);
    });

    it('updates and deletes one of them by id, leaving the other as it was', async () => {
      await load(store(), readsAndWrites);
      await load(store(), {
        relationships: [
          { id: 'rel:writes', from: 'system:app', type: 'DEPENDS_ON', to: 'system:db', note: 'batch writes' },
        ],
      });
      expect(await notes(store())).toEqual({ 'rel:reads': 'reads', 'rel:writes': 'batch writes' });
      await load(store(), { deleteRelationships: [{ id: 'rel:reads' }] });
      expect(await notes(store())).toEqual({ 'rel:writes': 'batch writes' });
      expect(await store().countRelationships()).toBe(1);
    });

    it('matches an item without an id by its ends and type only when one such exists', async () => {
      await load(store(), {
        nodes: readsAndWrites.nodes,
        relationships: [{ from: 'system:app', type: 'DEPENDS_ON', to: 'system:db' }],
      });
      const made = defaultRelationshipId('system:app', 'DEPENDS_ON', 'system:db');
      expect(await notes(store())).toEqual({ [made]: null });
      // One exists: the item means it.
      await load(store(), {
        relationships: [{ from: 'system:app', type: 'DEPENDS_ON', to: 'system:db', note: 'one' }],
      });
      expect(await notes(store())).toEqual({ [made]: 'one' });
      // Two exist: an item or a deletion without an id is refused, naming both, and nothing changes.
      await load(store(), {
        relationships: [{ id: 'rel:second', from: 'system:app', type: 'DEPENDS_ON', to: 'system:db' }],
      });
      const version = await store().graphVersion();
      await refused(
        load(store(), {
          relationships: [{ from: 'system:app', type: 'DEPENDS_ON', to: 'system:db', note: 'which?' }],
        }),
        'relationships.0',
        new RegExp(`2 relationships .* exist \\((${made}, rel:second|rel:second, ${made})\\)`),
      );
      await refused(
        load(store(), { deleteRelationships: [{ from: 'system:app', type: 'DEPENDS_ON', to: 'system:db' }] }),
        'deleteRelationships.0',
        /give the id/,
      );
      expect(await store().graphVersion()).toBe(version);
      expect(await notes(store())).toEqual({ [made]: 'one', 'rel:second': null });
    });

    it('refuses to move an id to other ends or type, a repeated id, and an unknown one, changing nothing', async () => {
      await load(store(), readsAndWrites);
      const version = await store().graphVersion();
      await refused(
        load(store(), {
          relationships: [{ id: 'rel:reads', from: 'system:db', type: 'DEPENDS_ON', to: 'system:app' }],
        }),
        'relationships.0.id',
        /is system:app DEPENDS_ON system:db: its ends and type cannot change/,
      );
      await refused(
        load(store(), {
          relationships: [
            { id: 'rel:new', from: 'system:app', type: 'DEPENDS_ON', to: 'system:db' },
            { id: 'rel:new', from: 'system:app', type: 'DEPENDS_ON', to: 'system:db', note: 'again' },
          ],
        }),
        'relationships.1.id',
        /also relationships.0/,
      );
      await refused(
        load(store(), { deleteRelationships: [{ id: 'rel:none' }] }),
        'deleteRelationships.0.id',
        /no relationship "rel:none"/,
      );
      expect(await store().graphVersion()).toBe(version);
      expect(await notes(store())).toEqual({ 'rel:reads': 'reads', 'rel:writes': 'writes' });
    });

    it("records each one's changes under its id, found through either end", async () => {
      const start = new Date().toISOString();
      await load(store(), readsAndWrites);
      await load(store(), { deleteRelationships: [{ id: 'rel:writes' }] });
      const ofDb = await store().history({ subject: 'system:db', since: start, first: 10 });
      const rels = ofDb.filter((c) => c.target === 'RELATIONSHIP');
      expect(rels.map((c) => `${c.action} ${c.targetId}`)).toEqual([
        'DELETE rel:writes',
        'CREATE rel:writes',
        'CREATE rel:reads',
      ]);
      expect(rels.every((c) => c.subjects.join() === 'system:app,system:db')).toBe(true);
      expect(rels[0]!.before).toMatchObject({ id: 'rel:writes', note: 'writes' });
      // The value after each create is the relationship as it was next, or is now.
      expect(rels[1]!.after).toMatchObject({ id: 'rel:writes', note: 'writes' });
      expect(rels[2]!.after).toMatchObject({ id: 'rel:reads', note: 'reads' });
    });
  });
}
