// Causal consistency on a Neo4j cluster rests on bookmarks: a server's reads must carry the
// bookmarks of its writes, so that a follower answering the read waits until it holds them. A
// single Neo4j answers either way, so this checks what the driver is given: one bookmark manager
// per server, updated by each write and asked before each read.
import neo4j, { type BookmarkManager } from 'neo4j-driver';
import { describe, expect, inject, it } from 'vitest';
import { parseBatch } from '../../server/src/domain/metamodel/index.js';
import { openNeo4jStore } from '../../server/src/store/neo4j/open-neo4j.js';

const target = inject('neo4j');

type Event =
  | { readonly kind: 'get'; readonly bookmarks: string[] }
  | { readonly kind: 'update'; readonly previous: string[]; readonly next: string[] };

/** The driver's own manager, with every call it gets written down. */
function recordingManager(events: Event[]): BookmarkManager {
  const inner = neo4j.bookmarkManager();
  return {
    async getBookmarks() {
      const bookmarks = [...(await inner.getBookmarks())];
      events.push({ kind: 'get', bookmarks });
      return bookmarks;
    },
    async updateBookmarks(previous: Iterable<string>, next: Iterable<string>) {
      events.push({ kind: 'update', previous: [...previous], next: [...next] });
      await inner.updateBookmarks(previous, next);
    },
  } as BookmarkManager;
}

if ('skip' in target) {
  describe.skip(`Neo4j bookmarks (${target.skip})`, () => {
    it('needs Neo4j', () => undefined);
  });
} else {
  describe('Neo4j bookmarks', () => {
    it("passes a write's bookmarks to the same server's next read", async () => {
      const events: Event[] = [];
      const store = await openNeo4jStore(target, { bookmarks: recordingManager(events) });
      try {
        await store.applyBatch(
          parseBatch({ nodes: [{ kind: 'System', id: 'system:bookmarked', name: 'B' }] }),
        );
        const written = events.filter((e) => e.kind === 'update').at(-1);
        expect(written?.kind === 'update' && written.next.length).toBeGreaterThan(0);
        const writeBookmarks = written?.kind === 'update' ? written.next : [];

        events.length = 0;
        expect((await store.getNodes(['system:bookmarked']))[0]?.name).toBe('B');
        // The read asked the manager first and was given the write's bookmarks...
        expect(events[0]).toEqual({ kind: 'get', bookmarks: writeBookmarks });
        // ...and began from them (the driver reports what a transaction started with).
        expect(events.find((e) => e.kind === 'update')).toMatchObject({ previous: writeBookmarks });

        // The next write starts from the read's bookmarks in turn: one chain per server.
        events.length = 0;
        await store.applyBatch(parseBatch({ deleteNodes: ['system:bookmarked'] }));
        expect(events.find((e) => e.kind === 'get')?.bookmarks.length).toBeGreaterThan(0);
      } finally {
        await store.close();
      }
    });
  });
}
