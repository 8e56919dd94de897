// GET /export/<file>: a whole-graph export as a streamed download, for graphs too big for
// exportGraph's one GraphQL response. The same token and role as exportGraph (a read); errors
// are JSON in GraphQL's shape, so a client reads them the same way.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import express from 'express';
import { requireRole } from '../api/permissions.js';
import { AppError } from '../domain/errors.js';
import type { GraphStore } from '../store/port.js';
import { EXPORT_FILES, exportText, isExportFileName } from '../services/export-stream.js';
import { principalFor } from './auth.js';
import type { AuthConfig } from './config.js';

const STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  STORE_UNAVAILABLE: 503,
};

const refusal = (res: express.Response, code: string, message: string) =>
  res.status(STATUS[code] ?? 500).json({ errors: [{ message, extensions: { code } }] });

export function exportRoute(store: GraphStore, auth: AuthConfig): express.Router {
  const router = express.Router();
  router.get('/export/:file', async (req, res) => {
    const { file } = req.params;
    try {
      requireRole(principalFor(auth, req.headers), 'viewer', 'export');
    } catch (error) {
      if (error instanceof AppError) return refusal(res, error.code, error.message);
      throw error;
    }
    if (!isExportFileName(file)) {
      return refusal(
        res,
        'NOT_FOUND',
        `[app/export] no export file "${file}": the files are ${Object.keys(EXPORT_FILES).join(', ')}`,
      );
    }
    // The first chunk is read before anything is sent, so a store that fails at once is answered
    // with an error rather than a cut-off file.
    const chunks = exportText(store, file);
    let first: IteratorResult<string>;
    try {
      first = await chunks.next();
    } catch (error) {
      req.log?.error({ err: error }, `[app/export] ${file} failed`);
      const code = error instanceof AppError ? error.code : 'INTERNAL_SERVER_ERROR';
      return refusal(res, code, `[app/export] the export of ${file} failed: the store could not be read`);
    }
    res.setHeader('content-type', EXPORT_FILES[file].contentType);
    res.setHeader('content-disposition', `attachment; filename="${file}"`);
    res.setHeader('cache-control', 'no-store');
    try {
      await pipeline(Readable.from(resume(first, chunks)), res);
    } catch (error) {
      // A client that hangs up ends the pipeline and with it the store's read.
      req.log?.warn({ err: error }, `[app/export] ${file} stopped before the end`);
    }
  });
  return router;
}

async function* resume(first: IteratorResult<string>, rest: AsyncGenerator<string>): AsyncGenerator<string> {
  if (first.done) return;
  yield first.value;
  yield* rest;
}
