// One shape for every list that pages (the Relay connection): edges, each item with its opaque
// cursor, and PageInfo saying where the page stands. Paging is forward: first, and after a cursor.
import { z } from 'zod';
import { BadInputError } from '../domain/errors.js';

export interface PageInfo {
  readonly hasNextPage: boolean;
  readonly hasPreviousPage: boolean;
  readonly startCursor: string | null;
  readonly endCursor: string | null;
}

export interface Connection<T> {
  readonly edges: { readonly cursor: string; readonly node: T }[];
  readonly pageInfo: PageInfo;
  /** Only where the list's length is known (the history is not counted). */
  readonly totalCount?: number;
}

interface Page<T> {
  readonly items: readonly T[];
  readonly cursors: readonly string[];
  readonly hasNextPage: boolean;
  /** True when the page was asked for after a cursor: what came before it is still there. */
  readonly hasPreviousPage: boolean;
  readonly totalCount?: number;
}

/** A page of items with their cursors, as a connection (with totalCount when the page has it). */
export function connection<T>(page: Page<T> & { readonly totalCount: number }): Connection<T> & {
  readonly totalCount: number;
};
export function connection<T>(page: Page<T>): Connection<T>;
export function connection<T>(page: Page<T>): Connection<T> {
  return {
    edges: page.items.map((node, i) => ({ node, cursor: page.cursors[i]! })),
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: page.cursors[0] ?? null,
      endCursor: page.cursors.at(-1) ?? null,
    },
    ...(page.totalCount === undefined ? {} : { totalCount: page.totalCount }),
  };
}

// Offset cursors, for lists held whole in memory (an impact run's affected nodes). Opaque like
// the others: base64url of a tagged JSON value, so a cursor of another list is refused.
const offsetSchema = z.tuple([z.literal('offset'), z.number().int().min(0)]);

export const encodeOffsetCursor = (offset: number): string =>
  Buffer.from(JSON.stringify(['offset', offset])).toString('base64url');

/** The offset after the item the cursor names; BAD_USER_INPUT naming the argument when it is not one. */
export function offsetAfter(cursor: string | null | undefined, module: string, argument = 'after'): number {
  if (cursor == null) return 0;
  try {
    const [, offset] = offsetSchema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString()));
    return offset + 1;
  } catch {
    throw new BadInputError(module, [{ path: argument, message: 'not a cursor this API returned' }]);
  }
}
