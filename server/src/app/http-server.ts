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
import { contextFor, createGraphqlServer, type GraphqlOptions } from '../api/graphql-server.js';
import type { ImpactService } from '../services/impact-service.js';
import type { GraphStore } from '../store/port.js';
import { principalFor } from './auth.js';
import type { AuthConfig } from './config.js';

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

export async function startHttpServer(options: HttpOptions): Promise<RunningServer> {
  const apollo = createGraphqlServer({ ...options.graphql, production: options.production });
  await apollo.start();

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
        const id = (req.headers['x-request-id'] as string | undefined) ?? randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : 'info'),
    }),
  );
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      res.json({
        status: 'ready',
        store: options.store.name,
        graphVersion: await options.store.graphVersion(),
      });
    } catch (error) {
      res.status(503).json({ status: 'unavailable', store: options.store.name, reason: String(error) });
    }
  });
  app.use(
    '/graphql',
    // Imports send whole files through GraphQL; everything else is far smaller.
    express.json({ limit: '25mb' }),
    expressMiddleware(apollo, {
      context: contextFor(
        options.store,
        options.impact,
        (headers) => principalFor(options.auth ?? { mode: 'development' }, headers),
        options.backupDir ?? path.resolve('data', 'backups'),
      ),
    }),
  );
  serveClient(app, options.clientDir);

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
    },
  };
}

/** The page's own routes (client/src/url/url-state.ts `isPagePath`): `/` and each view. */
const PAGE_PATHS = /^\/(?:(?:explore|what-if|contracts|strategy)(?:\/.*)?)?$/;

function serveClient(app: express.Express, clientDir: string): void {
  const index = path.join(clientDir, 'index.html');
  app.use(express.static(clientDir, { index: false, maxAge: '1h' }));
  app.get(/^(?!\/graphql).*/, (req, res) => {
    // Any other path gets the page too, which shows "not found", but with a 404 status.
    if (fs.existsSync(index)) res.status(PAGE_PATHS.test(req.path) ? 200 : 404).sendFile(index);
    else
      res
        .status(404)
        .type('text')
        .send(`The client is not built: run "npm run build" (looked in ${clientDir}).`);
  });
}
