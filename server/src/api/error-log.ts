// Cross-cutting: every GraphQL error is counted for the request's log line, and every error the
// product did not expect (a bug, a store failure) is logged with the request id and its cause,
// since the client sees only "Internal server error" in production.
import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from 'pino';
import type { ApiContext } from './context.js';
import { codeOf, httpStatusOf } from './errors.js';

/** Codes that say the server, not the request, failed: logged as errors. */
export const SERVER_FAULTS: ReadonlySet<string> = new Set(['INTERNAL_SERVER_ERROR', 'STORE_UNAVAILABLE']);

export function errorLogPlugin(logger: Logger): ApolloServerPlugin<ApiContext> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didEncounterErrors: ({ errors, contextValue, operationName }) => {
          for (const error of errors) {
            const code = codeOf(error.extensions?.code, error);
            contextValue.request?.codes.push(code);
            if (!SERVER_FAULTS.has(code)) continue;
            const original = unwrapResolverError(error);
            const store = (original as { store?: unknown } | null)?.store;
            logger.error(
              {
                reqId: contextValue.request?.id,
                code,
                ...(store ? { store } : {}),
                operationName,
                path: error.path?.join('.'),
                err: original,
              },
              code === 'STORE_UNAVAILABLE' ? 'the store is unavailable' : 'unexpected error',
            );
          }
          return Promise.resolve();
        },
        // The status says what the codes say: a load balancer sees 503 when the store is down.
        willSendResponse: ({ response, contextValue }) => {
          const status = httpStatusOf(contextValue.request?.codes ?? []);
          if (status) response.http.status = status;
          return Promise.resolve();
        },
      }),
  };
}
