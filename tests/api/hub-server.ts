// A server over a hub with 100,000 dependants and an impact pool of a given size, for the tests
// that send what-ifs from the hub (each reaches every node) and something short behind them.
import { pino } from 'pino';
import { afterAll, beforeAll } from 'vitest';
import { startHttpServer, type RunningServer } from '../../server/src/app/http-server.js';
import { parseBatch } from '../../server/src/domain/metamodel/index.js';
import { ImpactPool } from '../../server/src/services/impact-pool/impact-pool.js';
import { ImpactService } from '../../server/src/services/impact-service.js';
import { CachedGraphStore } from '../../server/src/store/read-cache/cached-store.js';
import { hub } from '../fixtures/graphs.js';
import { graphqlClient, openTempStore, type TempStore } from '../fixtures/test-server.js';

export const SPOKES = 100_000;

export interface HubServer {
  server: RunningServer;
  impact: ImpactService;
  gql: ReturnType<typeof graphqlClient>;
}

/** The server, started before the file's tests (with the projection built) and closed after. */
export function useHubServer(prefix: string, threads: number): HubServer {
  const running = {} as HubServer;
  let temp: TempStore | undefined;
  let pool: ImpactPool | undefined;
  beforeAll(async () => {
    temp = await openTempStore({ prefix });
    const store = new CachedGraphStore(temp.store);
    await store.applyBatch(parseBatch(hub(SPOKES)));
    await store.warm();
    pool = new ImpactPool(threads);
    running.impact = new ImpactService(store, pool);
    await running.impact.projection();
    running.server = await startHttpServer({
      store,
      impact: running.impact,
      logger: pino({ level: 'silent' }),
      host: '127.0.0.1',
      port: 0,
      production: false,
      clientDir: temp.dir,
    });
    running.gql = graphqlClient(running.server.graphqlUrl);
  }, 300_000);
  afterAll(async () => {
    await running.server?.close();
    await pool?.close();
    await temp?.close();
  });
  return running;
}

/** The hub down for a number of hours: each number is a what-if not asked before (no cached report). */
export const hubDown = (hours: number) =>
  `{ impact(events: [{type: NODE_FAILS, id: "system:hub", hours: ${hours}}]) { totalAffected } }`;
