// Resolvers for editing and history: GraphQL input becomes one write batch, validated by the
// metamodel (zod) and applied by the store in one transaction with its history.
import { GraphQLScalarType } from 'graphql';
import { z } from 'zod';
import { BadInputError, ConflictError, NotFoundError } from '../domain/errors.js';
import type { Change } from '../domain/history/change.js';
import {
  defaultRelationshipId,
  newRelationshipId,
  parseBatch,
  type GraphBatch,
  type GraphNode,
  type GraphRelationship,
  type Metamodel,
  type RelationshipInput,
} from '../domain/metamodel/index.js';
import type { BatchResult } from '../store/port.js';
import type { ApiContext } from './context.js';
import { connection } from './connection.js';
import type { Resolvers } from './generated/resolvers-types.js';
import { parseInput, withoutNulls } from './input.js';
import { relationshipOut, type KindResolvers } from './resolvers.js';
import { DEVELOPMENT_PRINCIPAL, holds } from './permissions.js';

const MODULE = 'api/edit';

/** GraphQL NodeInput carries expectedVersion beside the fields; the batch keeps it apart. */
function toBatch(changes: Record<string, unknown>, metamodel: Metamodel): GraphBatch {
  const clean = withoutNulls(changes) as { nodes?: Record<string, unknown>[] };
  const expectedVersions: Record<string, unknown> = {};
  const nodes = (clean.nodes ?? []).map(({ expectedVersion, ...node }) => {
    if (expectedVersion !== undefined) expectedVersions[String(node.id)] = expectedVersion;
    return node;
  });
  // The store's metamodel: its kinds, fields and relationship types.
  return parseBatch({ ...clean, nodes, expectedVersions }, metamodel);
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

/** A page of the history, newest first, as a connection. */
async function historyConnection(
  ctx: ApiContext,
  { subject, since, first, after }: z.infer<typeof historyArgs>,
) {
  const items = await ctx.store.history({
    first: first + 1,
    ...(subject ? { subject } : {}),
    ...(since ? { since } : {}),
    ...(after ? { before: decodeCursor(after) } : {}),
  });
  const page = items.slice(0, first);
  return connection({
    items: page,
    cursors: page.map(encodeCursor),
    hasNextPage: items.length > first,
    hasPreviousPage: after !== undefined,
  });
}

const apply = (ctx: ApiContext, batch: GraphBatch, dryRun = false): Promise<BatchResult> =>
  ctx.store.applyBatch(batch, { actor: ctx.actor, dryRun });

/** The stored relationships with these ends and type (parallel ones share them). */
async function withEnds(ctx: ApiContext, r: RelationshipInput): Promise<GraphRelationship[]> {
  const out = await ctx.store.expandFrontier({ ids: [r.from], types: [r.type], direction: 'OUT' });
  return out.filter((o) => o.to === r.to);
}

/** The node as stored now: NOT_FOUND when another writer deleted it since. */
async function storedNode(ctx: ApiContext, id: string): Promise<GraphNode> {
  const [node] = await ctx.store.getNodes([id]);
  if (!node) throw new NotFoundError(MODULE, [id]);
  return node;
}

/** The relationship a one-relationship batch wrote (or left as it was), as stored now. */
async function written(ctx: ApiContext, result: BatchResult, input: RelationshipInput) {
  const change = result.changes.find((c) => c.target === 'RELATIONSHIP');
  const id = change?.targetId ?? input.id ?? (await withEnds(ctx, input))[0]?.id;
  const [stored] = id ? await ctx.store.getRelationships([id]) : [];
  if (!stored)
    throw new NotFoundError(MODULE, [id ?? `${input.from} ${input.type} ${input.to}`], 'relationship');
  return relationshipOut(stored);
}

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
    history: (_: unknown, args: unknown, ctx: ApiContext) =>
      historyConnection(ctx, parseInput(historyArgs, args, MODULE)),
  },
  Mutation: {
    applyChanges: (
      _: unknown,
      args: { changes: Record<string, unknown>; dryRun: boolean },
      ctx: ApiContext,
    ) => apply(ctx, toBatch(args.changes, ctx.store.metamodel), args.dryRun),
    createNode: async (_: unknown, args: { node: Record<string, unknown> }, ctx: ApiContext) => {
      const batch = toBatch({ nodes: [{ ...args.node, expectedVersion: 0 }] }, ctx.store.metamodel);
      await apply(ctx, batch);
      return storedNode(ctx, batch.nodes[0]!.id);
    },
    updateNode: async (_: unknown, args: { node: Record<string, unknown> }, ctx: ApiContext) => {
      const batch = toBatch({ nodes: [args.node] }, ctx.store.metamodel);
      const id = batch.nodes[0]!.id;
      if ((await ctx.store.getNodes([id])).length === 0) throw new NotFoundError(MODULE, [id]);
      await apply(ctx, batch);
      return storedNode(ctx, id);
    },
    deleteNode: async (
      _: unknown,
      args: { id: string; expectedVersion?: number | null },
      ctx: ApiContext,
    ) => {
      const expected =
        args.expectedVersion == null ? {} : { expectedVersions: { [args.id]: args.expectedVersion } };
      await apply(ctx, parseBatch({ deleteNodes: [args.id], ...expected }, ctx.store.metamodel));
      return args.id;
    },
    createRelationship: async (
      _: unknown,
      args: { relationship: Record<string, unknown> },
      ctx: ApiContext,
    ) => {
      const input = toBatch({ relationships: [args.relationship] }, ctx.store.metamodel).relationships[0]!;
      const parallel = await withEnds(ctx, input);
      let id = input.id;
      if (id !== undefined) {
        if ((await ctx.store.getRelationships([id])).length) {
          throw new ConflictError(`[${MODULE}] relationship "${id}" already exists`);
        }
      } else {
        // The default id while it is free, so a graph built by hand matches one imported.
        const preferred = defaultRelationshipId(input.from, input.type, input.to);
        id = parallel.some((r) => r.id === preferred) ? newRelationshipId() : preferred;
      }
      const result = await apply(
        ctx,
        toBatch({ relationships: [{ ...args.relationship, id }] }, ctx.store.metamodel),
      );
      return written(ctx, result, { ...input, id });
    },
    updateRelationship: async (
      _: unknown,
      args: { relationship: Record<string, unknown> },
      ctx: ApiContext,
    ) => {
      const input = toBatch({ relationships: [args.relationship] }, ctx.store.metamodel).relationships[0]!;
      if (input.id === undefined) {
        throw new BadInputError(MODULE, [
          { path: 'relationship.id', message: 'the id of the relationship to update is required' },
        ]);
      }
      if ((await ctx.store.getRelationships([input.id])).length === 0) {
        throw new NotFoundError(MODULE, [input.id], 'relationship');
      }
      return written(
        ctx,
        await apply(ctx, toBatch({ relationships: [args.relationship] }, ctx.store.metamodel)),
        input,
      );
    },
    saveRelationship: async (
      _: unknown,
      args: { relationship: Record<string, unknown> },
      ctx: ApiContext,
    ) => {
      const batch = toBatch({ relationships: [args.relationship] }, ctx.store.metamodel);
      return written(ctx, await apply(ctx, batch), batch.relationships[0]!);
    },
    deleteRelationship: async (_: unknown, args: { id: string }, ctx: ApiContext) => {
      const batch = toBatch({ deleteRelationships: [{ id: args.id }] }, ctx.store.metamodel);
      if ((await ctx.store.getRelationships([args.id])).length === 0) {
        throw new NotFoundError(MODULE, [args.id], 'relationship');
      }
      await apply(ctx, batch);
      return args.id;
    },
  },
  ChangeSummary: {
    totalChanges: (r: BatchResult) => r.changes.length,
    changes: (r: BatchResult, args: { first: number }) =>
      r.changes.slice(0, Math.max(0, Math.min(args.first, 1000))),
  },
} satisfies Resolvers;

/** Every kind's type, of the metamodel being served, answers `history` from the store. */
export const kindHistoryResolvers = (kinds: readonly string[]): Record<string, KindResolvers> =>
  Object.fromEntries(
    kinds.map((kind): [string, KindResolvers] => [
      kind,
      {
        history: (node: GraphNode, args: unknown, ctx: ApiContext) =>
          historyConnection(ctx, {
            ...parseInput(historyArgs.pick({ first: true, after: true }), args, MODULE),
            subject: node.id,
          }),
      },
    ]),
  );
