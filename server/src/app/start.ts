// Start-up: configuration, store (refused when a crash left it inconsistent), seed into a store
// never written, HTTP server, clean shutdown (which checkpoints the embedded store).
import type { Logger } from 'pino';
import { ImpactPool } from '../services/impact-pool/impact-pool.js';
import { ImpactService } from '../services/impact-service.js';
import { openStore } from '../store/open-store.js';
import { CachedGraphStore } from '../store/read-cache/cached-store.js';
import type { GraphStore } from '../store/port.js';
import type { Config } from './config.js';
import { startHttpServer, type RunningServer } from './http-server.js';
import { seedIfNeverWritten } from './load-seed.js';
import { collectGarbage } from './collect-garbage.js';
import { loadServableMetamodel } from './metamodel-file.js';

export interface App {
  readonly store: GraphStore;
  readonly http: RunningServer;
  stop(): Promise<void>;
}

export async function startApp(config: Config, logger: Logger): Promise<App> {
  // Before the store is opened: a bad metamodel file stops start-up naming the line and reason.
  const metamodel = await loadServableMetamodel(config.metamodel);
  // The store follows the metamodel, and refuses to open holding a graph of another.
  const store = new CachedGraphStore(await openStore(config.store, { metamodel }), {
    pollMs: config.versionPollMs,
    onRefreshError: (error) =>
      logger.error(
        { err: error },
        'the read cache could not be brought current; reads go to the store meanwhile',
      ),
  });
  const pool = config.impactThreads > 0 ? new ImpactPool(config.impactThreads) : null;
  try {
    const seeded = config.seedOnEmpty ? await seedIfNeverWritten(store) : null;
    if (seeded) {
      // One short line: the counts, never the records themselves.
      logger.info(
        { created: seeded.created, graphVersion: seeded.graphVersion },
        `loaded the Kent dataset into the new store: ${seeded.created} nodes and relationships`,
      );
    }
    const impact = new ImpactService(store, pool);
    // Built at start-up, so the first explorer view and the first what-if are fast: the read
    // cache from the store, then the projection from the read cache (no second read of the store).
    await store.warm();
    // What each read of the whole graph left behind, given back before the next one grows the
    // heap further (collect-garbage.ts): without the first, the peak at start was 200 MiB higher.
    collectGarbage();
    await impact.projection();
    collectGarbage();
    const http = await startHttpServer({
      store,
      impact,
      auth: config.auth,
      graphql: { ...config.graphql, metamodel },
      backupDir: config.backupDir,
      logger,
      host: config.host,
      port: config.port,
      production: config.production,
      clientDir: config.clientDir,
    });
    return {
      store,
      http,
      stop: async () => {
        await http.close();
        await pool?.close();
        await store.close();
      },
    };
  } catch (error) {
    await pool?.close();
    await store.close();
    throw error;
  }
}
