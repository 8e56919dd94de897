// Express's own errors, answered in the shape GraphQL clients read (never an HTML page): a body
// over the limit names the limit and the command line that takes any size; malformed JSON says so.
import { capEcho, graphqlShapedError } from '../api/errors.js';

/** Imports send whole files through GraphQL; everything else is far smaller. */
export const BODY_LIMIT_BYTES = 25 * 1024 * 1024;

/** Express's own errors (a body too large, malformed JSON) as the GraphQL client expects them. */
export function httpError(error: unknown, production: boolean) {
  const e = (error ?? {}) as { status?: unknown; type?: unknown; limit?: unknown; length?: unknown };
  const status = typeof e.status === 'number' && e.status >= 400 && e.status < 600 ? e.status : 500;
  if (e.type === 'entity.too.large') {
    const limit = typeof e.limit === 'number' ? e.limit : BODY_LIMIT_BYTES;
    const sent = typeof e.length === 'number' ? ` (${megabytes(e.length)})` : '';
    return {
      status: 413,
      body: graphqlShapedError(
        `[app/http] the request body${sent} is over the limit of ${megabytes(limit)}; import a larger file with the command line: npm run cli -- import FILE`,
        'PAYLOAD_TOO_LARGE',
        { limitBytes: limit },
      ),
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  if (e.type === 'entity.parse.failed')
    return {
      status: 400,
      body: graphqlShapedError(`[app/http] the request body is not JSON: ${message}`, 'BAD_REQUEST'),
    };
  if (status < 500)
    return { status, body: graphqlShapedError(`[app/http] ${capEcho(message)}`, 'BAD_REQUEST') };
  return {
    status,
    body: graphqlShapedError(production ? 'Internal server error' : message, 'INTERNAL_SERVER_ERROR'),
  };
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
