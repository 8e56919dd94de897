// One HTTP server on one port: GraphQL at /graphql, health at /healthz and /readyz, and the
// built client for every other GET. Express only translates; the work is in api/ and store/.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import type { ApolloServer } from '@apollo/server';
import type { ApiContext, RequestRecord } from '../api/context.js';
import type { SchemaPreparer } from '../api/metamodel-resolvers.js';
import { SERVER_FAULTS } from '../api/error-log.js';
import { graphqlShapedError } from '../api/errors.js';
import { contextFor, createGraphqlServer, type GraphqlOptions } from '../api/graphql-server.js';
import type { ImpactService } from '../services/impact-service.js';
import type { GraphStore } from '../store/port.js';
import type { CachedGraphStore } from '../store/read-cache/cached-store.js';
import { principalFor } from './auth.js';
import { BODY_LIMIT_BYTES, httpError } from './http-errors.js';
import type { AuthConfig } from './config.js';
import { exportRoute } from './export-route.js';

export interface HttpOptions {
  readonly store: GraphStore;
  readonly impact: ImpactService;
  /** Development mode (everyone is admin) when not given. */
  readonly auth?: AuthConfig;
  readonly graphql?: Partial<Omit<GraphqlOptions, 'production'>>;
  /** Where the backup mutation writes; beside the client folder's parent by default. */
  readonly backupDir?: string;
  readonly logger: Logger;
  readonly host: string;
  readonly port: number;
  readonly production: boolean;
  readonly clientDir: string;
}

export interface RunningServer {
  readonly url: string;
  readonly graphqlUrl: string;
  close(): Promise<void>;
}

/** A caller's x-request-id is kept only when it is short and plain; otherwise a new one is made. */
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;
/** The folder Vite builds the page's files into: a missing one there is a 404, not the page.
 *  (Elsewhere the page answers, as it did: browsers ask for /favicon.ico on every load.) */
const ASSET = /^\/assets\//;

export async function startHttpServer(options: HttpOptions): Promise<RunningServer> {
  // The schema follows the metamodel; changeMetamodel has one built for the new metamodel and
  // started (prepareSchema), and once the store has switched, requests go to it. Servers retired
  // so are stopped with this one: the request that retired one is still being answered by it.
  const retired: ApolloServer<ApiContext>[] = [];
  const prepareSchema: SchemaPreparer = async (metamodel) => {
    const next = createGraphqlServer(
      { ...options.graphql, production: options.production, metamodel, prepareSchema },
      options.logger,
    );
    await next.start();
    const nextHandler = expressMiddleware(next, { context });
    return {
      commit: () => {
        retired.push(apollo);
        apollo = next;
        graphqlHandler = nextHandler;
        options.logger.info({ metamodel: metamodel.name }, 'serving the GraphQL schema of a new metamodel');
      },
      discard: () => next.stop(),
    };
  };
  let apollo = createGraphqlServer(
    { ...options.graphql, production: options.production, prepareSchema },
    options.logger,
  );
  // What each GraphQL request answered, for its log line (keyed by the request object).
  const records = new WeakMap<object, RequestRecord>();
  const recordOf = (req: object): RequestRecord => {
    let record = records.get(req);
    if (!record) records.set(req, (record = { id: String((req as { id?: unknown }).id ?? ''), codes: [] }));
    return record;
  };
  const withCodes = (req: object, value: Record<string, unknown>) => {
    const codes = records.get(req)?.codes;
    return codes?.length ? { ...value, graphqlErrors: [...new Set(codes)] } : value;
  };
  const faulted = (req: object) => records.get(req)?.codes.some((c) => SERVER_FAULTS.has(c)) ?? false;
  // Method, path, status, duration and id per request; headers and the rest only at debug.
  const detailed = options.logger.isLevelEnabled('debug');
  await apollo.start();
  const context = contextFor(
    options.store,
    options.impact,
    (headers) => principalFor(options.auth ?? { mode: 'development' }, headers),
    options.backupDir ?? path.resolve('data', 'backups'),
    recordOf,
  );
  let graphqlHandler = expressMiddleware(apollo, { context });

  const app = express();
  app.disable('x-powered-by');
  const development = (options.auth ?? { mode: 'development' }).mode === 'development';
  if (development) {
    options.logger.warn(
      'DEVELOPMENT MODE: no authentication, everyone is an admin (refused when NODE_ENV=production)',
    );
  }
  app.use(
    helmet({
      // Strict: the page's own scripts, styles and API only. Canvas exports are data:/blob: images.
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          connectSrc: ["'self'"],
          fontSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
    }),
  );
  app.use((_req, res, next) => {
    res.setHeader('x-explorer-auth', development ? 'development' : 'tokens');
    next();
  });
  app.use(
    pinoHttp({
      logger: options.logger,
      genReqId: (req, res) => {
        const given = req.headers['x-request-id'];
        const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      ...(detailed
        ? {}
        : {
            serializers: {
              req: (req: { id: unknown; method: string; url: string }) => ({
                id: req.id,
                method: req.method,
                path: req.url.split('?')[0],
              }),
              res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
            },
          }),
      // A GraphQL answer is often a 200 with errors in it: its codes decide the outcome.
      customLogLevel: (req, res, error) =>
        error || res.statusCode >= 500 || faulted(req) ? 'error' : 'info',
      customSuccessObject: (req, _res, value: Record<string, unknown>) => withCodes(req, value),
      customErrorObject: (req, _res, _error, value: Record<string, unknown>) => withCodes(req, value),
      customSuccessMessage: (req) => (faulted(req) ? 'request failed' : 'request completed'),
      customErrorMessage: () => 'request failed',
    }),
  );
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  // Ready or not, for load balancers and health checks; why not goes to the log only. Beside it,
  // how the in-memory views keep current (catch-ups from the history, whole reads, projection
  // patches and rebuilds): what an operator of several servers wants to see.
  app.get('/readyz', async (req, res) => {
    try {
      const store = options.store as Partial<CachedGraphStore>;
      // ?poolSince=<epoch ms>: the pool's timings of the tasks submitted since then only.
      const since = Number(req.query['poolSince']);
      const pool = options.impact.poolStats(Number.isFinite(since) ? since : undefined);
      res.json({
        status: 'ready',
        store: options.store.name,
        graphVersion: await options.store.graphVersion(),
        ...(store.stats ? { readCache: store.stats() } : {}),
        projection: options.impact.stats(),
        neighbourhoods: options.impact.neighbourhoods.stats(),
        ...(pool ? { pool } : {}),
      });
    } catch (error) {
      req.log.error({ err: error, store: options.store.name }, 'not ready: the store is not answering');
      res.status(503).json({ status: 'unavailable' });
    }
  });
  app.use('/graphql', express.json({ limit: BODY_LIMIT_BYTES }), (req, res, next) => {
    void graphqlHandler(req, res, next);
  });
  app.use(exportRoute(options.store, options.auth ?? { mode: 'development' }));
  serveClient(app, options.clientDir);
  // Anything else, and every error Express meets, answers JSON in the shape GraphQL clients read.
  app.use((req, res) => {
    res.status(404).json(graphqlShapedError(`[app/http] nothing at ${req.method} ${req.path}`, 'NOT_FOUND'));
  });
  app.use((error: unknown, req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (res.headersSent) return next(error);
    const { status, body } = httpError(error, options.production);
    if (status >= 500) req.log.error({ err: error }, 'unexpected error in the HTTP layer');
    res.status(status).json(body);
  });

  const server = http.createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;
  return {
    url,
    graphqlUrl: `${url}/graphql`,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await apollo.stop();
      for (const old of retired) await old.stop();
    },
  };
}

/** The page's own routes (client/src/url/url-state.ts `isPagePath`): `/` and each view. */
const PAGE_PATHS = /^\/(?:(?:explore|what-if|contracts|strategy|quality|import|metamodel)(?:\/.*)?)?$/;

function serveClient(app: express.Express, clientDir: string): void {
  const index = path.join(clientDir, 'index.html');
  app.use(express.static(clientDir, { index: false, maxAge: '1h' }));
  // Every other path gets the page (it routes in the browser), with a 404 status where the page
  // will show "not found"; a missing file is not the page but a JSON 404.
  app.get(/^(?!\/graphql)/, (req, res, next) => {
    if (ASSET.test(req.path)) return next();
    if (fs.existsSync(index)) res.status(PAGE_PATHS.test(req.path) ? 200 : 404).sendFile(index);
    else
      res
        .status(404)
        .type('text')
        .send(`The client is not built: run "npm run build" (looked in ${clientDir}).`);
  });
}
