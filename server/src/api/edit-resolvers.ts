// Resolvers for editing and history: GraphQL input becomes one write batch, validated by the
// metamodel (zod) and applied by the store in one transaction with its history.
import { GraphQLScalarType } from 'graphql';
import { z } from 'zod';
import { BadInputError, NotFoundError } from '../domain/errors.js';
import type { Change } from '../domain/history/change.js';
import { parseBatch, relationshipKey, type GraphBatch, type GraphNode } from '../domain/metamodel/index.js';
import type { BatchResult } from '../store/port.js';
import type { ApiContext } from './context.js';
import { parseInput, withoutNulls } from './input.js';
import { relationshipOut } from './resolvers.js';
import { DEVELOPMENT_PRINCIPAL, holds } from './permissions.js';

const MODULE = 'api/edit';

/** GraphQL NodeInput carries expectedVersion beside the fields; the batch keeps it apart. */
function toBatch(changes: Record<string, unknown>): GraphBatch {
  const clean = withoutNulls(changes) as { nodes?: Record<string, unknown>[] };
  const expectedVersions: Record<string, unknown> = {};
  const nodes = (clean.nodes ?? []).map(({ expectedVersion, ...node }) => {
    if (expectedVersion !== undefined) expectedVersions[String(node.id)] = expectedVersion;
    return node;
  });
  return parseBatch({ ...clean, nodes, expectedVersions });
}

const cursorSchema = z.tuple([z.number().int(), z.number().int()]);
const encodeCursor = (c: Change) => Buffer.from(JSON.stringify([c.version, c.index])).toString('base64url');
function decodeCursor(after: string) {
  try {
    const [version, index] = cursorSchema.parse(JSON.parse(Buffer.from(after, 'base64url').toString()));
    return { version, index };
  } catch {
    throw new BadInputError(MODULE, [{ path: 'after', message: 'not a cursor this API returned' }]);
  }
}

const historyArgs = z.object({
  subject: z.string().optional(),
  // Compared with the recorded ISO timestamps as text, so it must be one: a date or a date-time.
  since: z
    .union([z.iso.date(), z.iso.datetime({ offset: true })], {
      error: 'must be a date (2024-05-01) or a date and time (2024-05-01T09:30:00Z)',
    })
    .transform((v) => (v.length > 10 ? new Date(v).toISOString() : v))
    .optional(),
  first: z.number().int().min(1).max(500),
  after: z.string().max(200).optional(),
});

const apply = (ctx: ApiContext, batch: GraphBatch, dryRun = false): Promise<BatchResult> =>
  ctx.store.applyBatch(batch, { actor: ctx.actor, dryRun });

export const editResolvers = {
  JSON: new GraphQLScalarType({ name: 'JSON', serialize: (value) => value }),
  Query: {
    me: (_: unknown, __: unknown, ctx: ApiContext) => ({
      name: ctx.principal.name,
      role: ctx.principal.role,
      development: ctx.principal === DEVELOPMENT_PRINCIPAL,
      canEdit: holds(ctx.principal, 'editor'),
      canImport: holds(ctx.principal, 'admin'),
    }),
    history: async (_: unknown, args: unknown, ctx: ApiContext) => {
      const { subject, since, first, after } = parseInput(historyArgs, args, MODULE);
      const items = await ctx.store.history({
        first: first + 1,
        ...(subject ? { subject } : {}),
        ...(since ? { since } : {}),
        ...(after ? { before: decodeCursor(after) } : {}),
      });
      const page = items.slice(0, first);
      return {
        items: page,
        hasNextPage: items.length > first,
        endCursor: page.length ? encodeCursor(page[page.length - 1]!) : null,
      };
    },
  },
  Mutation: {
    applyChanges: (
      _: unknown,
      args: { changes: Record<string, unknown>; dryRun: boolean },
      ctx: ApiContext,
    ) => apply(ctx, toBatch(args.changes), args.dryRun),
    createNode: async (_: unknown, args: { node: Record<string, unknown> }, ctx: ApiContext) => {
      const batch = toBatch({ nodes: [{ ...args.node, expectedVersion: 0 }] });
      await apply(ctx, batch);
      return (await ctx.store.getNodes([batch.nodes[0]!.id]))[0];
    },
    updateNode: async (_: unknown, args: { node: Record<string, unknown> }, ctx: ApiContext) => {
      const batch = toBatch({ nodes: [args.node] });
      const id = batch.nodes[0]!.id;
      if ((await ctx.store.getNodes([id])).length === 0) throw new NotFoundError(MODULE, [id]);
      await apply(ctx, batch);
      return (await ctx.store.getNodes([id]))[0];
    },
    deleteNode: async (
      _: unknown,
      args: { id: string; expectedVersion?: number | null },
      ctx: ApiContext,
    ) => {
      const expected =
        args.expectedVersion == null ? {} : { expectedVersions: { [args.id]: args.expectedVersion } };
      await apply(ctx, parseBatch({ deleteNodes: [args.id], ...expected }));
      return args.id;
    },
    saveRelationship: async (
      _: unknown,
      args: { relationship: Record<string, unknown> },
      ctx: ApiContext,
    ) => {
      const batch = toBatch({ relationships: [args.relationship] });
      await apply(ctx, batch);
      return relationshipOut(batch.relationships[0]!);
    },
    deleteRelationship: async (
      _: unknown,
      args: { relationship: Record<string, unknown> },
      ctx: ApiContext,
    ) => {
      const batch = toBatch({ deleteRelationships: [args.relationship] });
      await apply(ctx, batch);
      const r = batch.deleteRelationships[0]!;
      return relationshipKey(r.from, r.type, r.to);
    },
  },
  ChangeSummary: {
    totalChanges: (r: BatchResult) => r.changes.length,
    changes: (r: BatchResult, args: { first: number }) =>
      r.changes.slice(0, Math.max(0, Math.min(args.first, 1000))),
  },
};

/** Every kind's type, of the metamodel being served, answers `history` from the store. */
export const kindHistoryResolvers = (kinds: readonly string[]) =>
  Object.fromEntries(
    kinds.map((kind) => [
      kind,
      {
        history: (node: GraphNode, args: { first: number }, ctx: ApiContext) =>
          ctx.store.history({ subject: node.id, first: Math.max(1, Math.min(args.first, 500)) }),
      },
    ]),
  );
