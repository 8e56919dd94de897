// Bounds on query arguments, checked once at the API boundary; errors name the argument.
import { z } from 'zod';
import {
  CODE_METAMODEL,
  metamodelDifferences,
  nodeIdSchema,
  nodeKindSchema,
  parsePartialDate,
  relationshipTypeSchema,
  schemasFor,
  type Metamodel,
} from '../domain/metamodel/index.js';
import { today } from '../domain/time/live.js';
import { DIRECTIONS } from '../store/port.js';

/** An as-at date (YYYY, YYYY-MM or YYYY-MM-DD) as the first day it names; today (the server's
 *  date, domain/time) when absent: every read of the graph is as at some day. */
export const asAtSchema = z
  .string()
  .nullish()
  .transform((v, ctx) => {
    if (v == null) return today();
    const date = parsePartialDate(v);
    if (!date) {
      ctx.addIssue({ code: 'custom', message: `"${v}" is not a date as YYYY, YYYY-MM or YYYY-MM-DD` });
      return z.NEVER;
    }
    return date.first;
  });

export const MAX_PAGE = 100;
export const MAX_DEPTH = 4;
export const MAX_NEIGHBOURHOOD = 2000;

export const argumentSchemas = {
  node: z.object({ id: nodeIdSchema, asAt: asAtSchema }),
  nodes: z.object({ ids: z.array(nodeIdSchema).max(MAX_PAGE), asAt: asAtSchema }),
  search: z.object({
    text: z.string().max(200),
    kinds: z.array(nodeKindSchema).nullish(),
    first: z.number().int().min(1).max(MAX_PAGE),
    after: z.string().max(1000).nullish(),
    asAt: asAtSchema,
    everyDate: z.boolean().nullish(),
  }),
  neighbourhood: z.object({
    id: nodeIdSchema,
    depth: z.number().int().min(0).max(MAX_DEPTH),
    kinds: z.array(nodeKindSchema).nullish(),
    types: z.array(relationshipTypeSchema).nullish(),
    direction: z.enum(DIRECTIONS),
    limit: z.number().int().min(1).max(MAX_NEIGHBOURHOOD),
    hubLimit: z.number().int().min(1).max(MAX_NEIGHBOURHOOD),
    asAt: asAtSchema,
  }),
} as const;

function argumentSchemasOf(nodeId: z.ZodType<string>, kind: z.ZodType<string>, type: z.ZodType<string>) {
  return {
    node: z.object({ id: nodeId, asAt: asAtSchema }),
    nodes: z.object({ ids: z.array(nodeId).max(MAX_PAGE), asAt: asAtSchema }),
    search: z.object({
      text: z.string().max(200),
      kinds: z.array(kind).nullish(),
      first: z.number().int().min(1).max(MAX_PAGE),
      after: z.string().max(1000).nullish(),
      asAt: asAtSchema,
      everyDate: z.boolean().nullish(),
    }),
    neighbourhood: z.object({
      id: nodeId,
      depth: z.number().int().min(0).max(MAX_DEPTH),
      kinds: z.array(kind).nullish(),
      types: z.array(type).nullish(),
      direction: z.enum(DIRECTIONS),
      limit: z.number().int().min(1).max(MAX_NEIGHBOURHOOD),
      hubLimit: z.number().int().min(1).max(MAX_NEIGHBOURHOOD),
      asAt: asAtSchema,
    }),
  } as const;
}

const byMetamodel = new WeakMap<Metamodel, typeof argumentSchemas>();

/** The argument schemas for the store's metamodel: ids name its kinds (the council's own
 *  declarations serve the council metamodel, as the stores do). Another metamodel's kinds and
 *  types are typed as the council's, as the rest of the API types them (api/resolvers.ts). */
export function argumentSchemasFor(metamodel: Metamodel): typeof argumentSchemas {
  let schemas = byMetamodel.get(metamodel);
  if (!schemas) {
    const council =
      metamodel === CODE_METAMODEL || metamodelDifferences(metamodel, CODE_METAMODEL).length === 0;
    schemas = council
      ? argumentSchemas
      : (argumentSchemasOf(
          schemasFor(metamodel).nodeId,
          z.enum(metamodel.kinds as [string, ...string[]]),
          z.enum(metamodel.relationshipTypes as [string, ...string[]]),
        ) as unknown as typeof argumentSchemas);
    byMetamodel.set(metamodel, schemas);
  }
  return schemas;
}
