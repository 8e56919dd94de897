// Search paging cursors: the last row's sort key (score, lower-cased name, id), opaque to clients.
import { z } from 'zod';
import { BadInputError } from '../domain/errors.js';

const cursorSchema = z.tuple([z.number().int().min(0), z.string(), z.string()]);

export interface SearchCursor {
  readonly rank: number;
  readonly sortName: string;
  readonly id: string;
}

export function encodeSearchCursor(c: SearchCursor): string {
  return Buffer.from(JSON.stringify([c.rank, c.sortName, c.id])).toString('base64url');
}

export function decodeSearchCursor(cursor: string, module: string): SearchCursor {
  try {
    const [rank, sortName, id] = cursorSchema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString()));
    return { rank, sortName, id };
  } catch {
    throw new BadInputError(module, [{ path: 'after', message: 'not a cursor this API returned' }]);
  }
}
