// zod schemas for nodes, relationships and write batches, built from the kind and relationship
// declarations. The TypeScript types are inferred from these; nothing restates them.
import { z } from 'zod';
import type { FieldSpec } from './fields.js';
import { KIND_FIELDS, LIFECYCLE_FIELDS, NODE_KINDS, type NodeKind } from './kinds.js';
import { parseNodeId } from './node-id.js';
import { PARTIAL_DATE_PATTERN, parsePartialDate } from './partial-date.js';
import { RELATIONSHIP_TYPES } from './relationships.js';
import { relationshipIdSchema } from './relationship-id.js';
import { safeText } from './text.js';

export const nodeIdSchema = z.string().superRefine((id, ctx) => {
  const parsed = parseNodeId(id);
  if (typeof parsed === 'string') ctx.addIssue({ code: 'custom', message: parsed });
});

export const provenanceSchema = z.strictObject({
  document: safeText().trim().min(1).max(200),
  section: safeText().trim().min(1).max(500),
  quote: safeText().trim().min(1).max(2000).optional(),
  /** True when the source implies the fact rather than stating it (the note says how). */
  inferred: z.boolean().optional(),
});

export const commonNodeFields = {
  id: nodeIdSchema,
  name: safeText().trim().min(1).max(300),
  aliases: z.array(safeText().trim().min(1).max(300)).max(50).default([]),
  // An empty description means none: stores and files cannot tell '' from absent.
  description: safeText()
    .trim()
    .max(10_000)
    .transform((v) => v || undefined)
    .optional(),
  provenance: z.array(provenanceSchema).max(50).default([]),
};

type OwnFields<F extends Record<string, FieldSpec>> = { [N in keyof F]: z.ZodOptional<F[N]['schema']> };

function ownFields<F extends Record<string, FieldSpec>>(fields: F): OwnFields<F> {
  return Object.fromEntries(
    Object.entries(fields).map(([name, spec]) => [name, spec.schema.optional()]),
  ) as OwnFields<F>;
}

/** Lifecycle dates are real and in order: an end before the start is refused, naming `end`. */
export function checkLifecycle(item: { start?: unknown; end?: unknown }, ctx: z.RefinementCtx): void {
  const [s, e] = [item.start, item.end].map((v) => (typeof v === 'string' ? parsePartialDate(v) : null));
  for (const [f, v, d] of [
    ['start', item.start, s],
    ['end', item.end, e],
  ] as const) {
    if (typeof v === 'string' && PARTIAL_DATE_PATTERN.test(v) && d === null) {
      ctx.addIssue({ code: 'custom', path: [f], message: `"${v}" is not a real date` });
    }
  }
  if (s && e && e.after <= s.first) {
    ctx.addIssue({
      code: 'custom',
      path: ['end'],
      message: `ends (${e.text}) before it starts (${s.text})`,
    });
  }
}

/** Checks that hold for every kind: the id names the kind; dates are real and in order. */
function checkNode(kind: NodeKind) {
  return (node: { id: string; start?: unknown; end?: unknown }, ctx: z.RefinementCtx): void => {
    const parsed = parseNodeId(node.id);
    if (typeof parsed !== 'string' && parsed.kind !== kind) {
      ctx.addIssue({
        code: 'custom',
        path: ['id'],
        message: `id "${node.id}" names kind ${parsed.kind} but the node is a ${kind}`,
      });
    }
    checkLifecycle(node, ctx);
  };
}

function kindSchema<K extends NodeKind, F extends Record<string, FieldSpec>>(kind: K, fields: F) {
  return (
    z
      .strictObject({ kind: z.literal(kind), ...commonNodeFields, ...ownFields(fields) })
      // Generic in K, zod cannot see `id` on the output type; every kind has it.
      .superRefine((node, ctx) => checkNode(kind)(node as { id: string }, ctx))
  );
}

export const nodeSchemas = {
  Strategy: kindSchema('Strategy', KIND_FIELDS.Strategy),
  Theme: kindSchema('Theme', KIND_FIELDS.Theme),
  Project: kindSchema('Project', KIND_FIELDS.Project),
  System: kindSchema('System', KIND_FIELDS.System),
  Contract: kindSchema('Contract', KIND_FIELDS.Contract),
  Partner: kindSchema('Partner', KIND_FIELDS.Partner),
  Site: kindSchema('Site', KIND_FIELDS.Site),
} as const satisfies { [K in NodeKind]: unknown };

export const nodeKindSchema = z.enum(NODE_KINDS);
export const nodeInputSchema = z.discriminatedUnion('kind', [
  nodeSchemas.Strategy,
  nodeSchemas.Theme,
  nodeSchemas.Project,
  nodeSchemas.System,
  nodeSchemas.Contract,
  nodeSchemas.Partner,
  nodeSchemas.Site,
]);
/** A node as written: common fields plus its kind's own fields, flat. */
export type NodeInput = z.infer<typeof nodeInputSchema>;
/** A node as stored: what was written plus the version that each change bumps. */
export type GraphNode = NodeInput & { readonly version: number };

export const relationshipTypeSchema = z.enum(RELATIONSHIP_TYPES);

export const redundancySchema = z.strictObject({
  group: safeText().trim().min(1).max(100),
  k: z.number().int().min(1).max(100),
});
export type Redundancy = z.infer<typeof redundancySchema>;

const relationshipEnds = {
  from: nodeIdSchema,
  type: relationshipTypeSchema,
  to: nodeIdSchema,
};

/** A relationship to delete: by its id, or by its ends and type when only one such exists. */
export const relationshipRefSchema = z.union(
  [
    z.strictObject({ id: relationshipIdSchema }),
    z.strictObject({ id: relationshipIdSchema.optional(), ...relationshipEnds }),
  ],
  { error: "give the relationship's id, or its from, type and to" },
);

export const relationshipInputSchema = z
  .strictObject({
    /** Absent: the store matches by from, type and to when one such exists, else gives a new id. */
    id: relationshipIdSchema.optional(),
    ...relationshipEnds,
    /** Member of a group of alternatives of which k must hold (hosted at either of two sites). */
    redundancy: redundancySchema.optional(),
    /** What takes over when the target fails, leaving the source degraded rather than down. */
    fallback: nodeIdSchema.optional(),
    note: safeText().trim().min(1).max(2000).optional(),
    provenance: z.array(provenanceSchema).max(50).default([]),
    // The same lifecycle as nodes: a relationship can start and end apart from its ends.
    start: LIFECYCLE_FIELDS.start.schema.optional(),
    end: LIFECYCLE_FIELDS.end.schema.optional(),
    planned: LIFECYCLE_FIELDS.planned.schema.optional(),
  })
  .superRefine(checkLifecycle);
export type RelationshipInput = z.infer<typeof relationshipInputSchema>;
/** A relationship as stored: it always has its id. */
export type GraphRelationship = RelationshipInput & { readonly id: string };

export const graphBatchSchema = z.strictObject({
  nodes: z.array(nodeInputSchema).default([]),
  relationships: z.array(relationshipInputSchema).default([]),
  deleteNodes: z.array(nodeIdSchema).default([]),
  deleteRelationships: z.array(relationshipRefSchema).default([]),
  /** Optimistic concurrency: the version each node had when the editor read it (0: must not exist yet). */
  expectedVersions: z.record(nodeIdSchema, z.number().int().min(0)).default({}),
});
/** One all-or-nothing write: upserts and deletes applied together or not at all. */
export type GraphBatch = z.infer<typeof graphBatchSchema>;
export type GraphBatchInput = z.input<typeof graphBatchSchema>;
