// Neo4j stops while the server runs: GraphQL answers STORE_UNAVAILABLE (503), the log has a line
// with the request id and the store, /readyz says "unavailable", and when Neo4j is back on the
// same port and data the same server answers again with the same graph. Its own short-lived
// Neo4j, so the one the other Neo4j tests share is never stopped. Also: backup is NOT_SUPPORTED.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { RunningServer } from '../../server/src/app/http-server.js';
import { createLogger } from '../../server/src/app/logger.js';
import { parseBatch } from '../../server/src/domain/metamodel/index.js';
import { openNeo4jStore } from '../../server/src/store/neo4j/open-neo4j.js';
import type { GraphStore } from '../../server/src/store/port.js';
import { everyKind } from '../fixtures/graphs.js';
import { startTestServer } from '../fixtures/test-server.js';
import { startNeo4j, type Neo4jServer } from '../neo4j/launch.js';
import { post } from '../security/server-harness.js';

const target = inject('neo4j');
const PASSWORD = 'outage-test-password';
const COUNT = '{ counts { nodes } }';

if ('skip' in target) {
  describe.skip(`a Neo4j outage (${target.skip})`, () => {
    it('needs Neo4j', () => undefined);
  });
} else {
  describe('a Neo4j outage while the server runs', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-outage-'));
    const lines: string[] = [];
    const logger = createLogger('info', { write: (line: string) => void lines.push(line) });
    let neo4j: Neo4jServer;
    let port: number;
    let store: GraphStore;
    let server: RunningServer;
    let before: unknown;

    beforeAll(async () => {
      neo4j = await startNeo4j({ dataDir, password: PASSWORD });
      port = Number(new URL(neo4j.uri.replace(/^bolt/, 'http')).port);
      store = await openNeo4jStore({ uri: neo4j.uri, user: neo4j.user, password: PASSWORD });
      await store.applyBatch(parseBatch(everyKind));
      server = await startTestServer(store, { logger, clientDir: dataDir });
      before = (await post(server.graphqlUrl, { query: COUNT })).body.data;
    });
    afterAll(async () => {
      await server?.close();
      await store?.close().catch(() => undefined);
      await neo4j?.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    });

    it('answers backup with NOT_SUPPORTED, naming the tools that do it', async () => {
      const reply = await post(server.graphqlUrl, { query: 'mutation { backup { directory } }' });
      expect(reply.body.errors?.[0]?.extensions?.code).toBe('NOT_SUPPORTED');
      expect(reply.body.errors?.[0]?.message).toMatch(/neo4j-admin database dump/);
    });

    it('answers STORE_UNAVAILABLE while Neo4j is down, logs it, and recovers when it is back', async () => {
      expect(before).toMatchObject({ counts: { nodes: expect.any(Number) } });
      await neo4j.stop();
      const down = await post(server.graphqlUrl, { query: COUNT }, { 'x-request-id': 'outage-1' });
      expect(down.status).toBe(503);
      expect(down.body.errors?.[0]?.extensions?.code).toBe('STORE_UNAVAILABLE');
      expect(down.body.errors?.[0]?.message).toMatch(/\[store\/neo4j\] Neo4j at .* is not answering/);
      const logged = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(logged).toContainEqual(
        expect.objectContaining({
          level: 50,
          reqId: 'outage-1',
          code: 'STORE_UNAVAILABLE',
          store: 'neo4j',
          msg: 'the store is unavailable',
        }),
      );
      const ready = await fetch(`${server.url}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: 'unavailable' });

      neo4j = await startNeo4j({ dataDir, port, password: PASSWORD });
      let again = await post(server.graphqlUrl, { query: COUNT });
      // The driver finds the server again on its next connection; a few tries at most.
      for (let i = 0; i < 20 && again.body.errors; i++) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        again = await post(server.graphqlUrl, { query: COUNT });
      }
      expect(again.status).toBe(200);
      expect(again.body.data).toEqual(before);
      expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    }, 300_000);
  });
}
