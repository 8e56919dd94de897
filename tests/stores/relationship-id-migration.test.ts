// A data directory written before relationships had ids opens: start-up gives each relationship
// its default id (a function of its ends and type, which a store then held at most one of) and
// rewrites the history entries that named relationships by key, so the history, edits by id and
// parallel relationships work on it as on a new store.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import {
  RELATIONSHIP_TYPES,
  defaultRelationshipId,
  parseBatch,
  relationshipKey,
} from '../../server/src/domain/metamodel/index.js';
import type { LadybugSession } from '../../server/src/store/ladybug/ladybug-session.js';
import { openLadybugStore } from '../../server/src/store/ladybug/open-ladybug.js';
import { chain } from '../fixtures/graphs.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
});

/** The chain fixture as the previous version stored it: no `id` on relationship tables, no ends
 *  on history entries, and relationship changes named `from|TYPE|to`. */
async function previousVersionStore(): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-migrate-'));
  dirs.push(dir);
  const file = path.join(dir, 'graph.lbug');
  const store = await openLadybugStore(file);
  await store.applyBatch(parseBatch(chain), { actor: 'alice' });
  const session = store.session as LadybugSession;
  const keyOf = new Map(
    chain.relationships.map((r) => [
      defaultRelationshipId(r.from, r.type, r.to),
      relationshipKey(r.from, r.type, r.to),
    ]),
  );
  const changes = await session.read(
    "MATCH (c:Change) WHERE c.target = 'RELATIONSHIP' RETURN c.id AS id, c.targetId AS targetId",
  );
  expect(changes).toHaveLength(3);
  await session.write((tx) =>
    tx.run('UNWIND $rows AS r MATCH (c:Change {id: r.id}) SET c.targetId = r.key', {
      rows: changes.map((c) => ({ id: String(c.id), key: keyOf.get(String(c.targetId))! })),
    }),
  );
  for (const t of RELATIONSHIP_TYPES) await session.ddl(`ALTER TABLE \`${t}\` DROP id`);
  await session.ddl('ALTER TABLE Change DROP src');
  await session.ddl('ALTER TABLE Change DROP dst');
  await store.close();
  return file;
}

it('opens a data directory from before relationship ids, filling ids and history, and serves it', async () => {
  const file = await previousVersionStore();
  const store = await openLadybugStore(file);
  try {
    const made = defaultRelationshipId('system:a', 'DEPENDS_ON', 'system:b');
    const [rel] = await store.expandFrontier({ ids: ['system:a'], types: ['DEPENDS_ON'], direction: 'OUT' });
    expect(rel).toMatchObject({ id: made, from: 'system:a', to: 'system:b' });
    const ofA = await store.history({ subject: 'system:a', first: 10 });
    expect(ofA.map((c) => `${c.action} ${c.target} ${c.targetId}`)).toContain(`CREATE RELATIONSHIP ${made}`);
    expect(ofA.find((c) => c.targetId === made)).toMatchObject({
      subjects: ['system:a', 'system:b'],
      after: { id: made },
    });
    // A parallel relationship and an edit by id, as on any store.
    await store.applyBatch(
      parseBatch({
        relationships: [
          { id: 'rel:second', from: 'system:a', type: 'DEPENDS_ON', to: 'system:b' },
          { id: made, from: 'system:a', type: 'DEPENDS_ON', to: 'system:b', note: 'the first' },
        ],
      }),
    );
    const both = await store.expandFrontier({ ids: ['system:a'], types: ['DEPENDS_ON'], direction: 'OUT' });
    expect(Object.fromEntries(both.map((r) => [r.id, r.note ?? null]))).toEqual({
      [made]: 'the first',
      'rel:second': null,
    });
  } finally {
    await store.close();
  }
  // Opened again, there is nothing left to fill and the start-up checks pass.
  const again = await openLadybugStore(file);
  expect(await again.countRelationships()).toBe(4);
  await again.close();
});
