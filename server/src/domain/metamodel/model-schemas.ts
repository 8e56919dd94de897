// Validation that follows from a loaded metamodel rather than from the code's declarations:
// the same rules as schemas.ts (common node fields, a kind's own fields, an id that names the
// kind, real dates in order, relationship ends the type allows), for any metamodel file.
import { z } from 'zod';
import type { InputIssue } from '../errors.js';
import { kindFieldsSchema, type Metamodel } from './compile.js';
import { SLUG_PATTERN } from './node-id.js';
import { checkLifecycle, commonNodeFields, provenanceSchema, redundancySchema } from './schemas.js';
import { safeText } from './text.js';

/** The kind a `kind:slug` id names in this metamodel, or a sentence saying what is wrong. */
export function kindOfIdIn(metamodel: Metamodel, id: string): string | { error: string } {
  const colon = id.indexOf(':');
  if (colon < 0) return { error: `"${id}" is not of the form kind:slug` };
  const prefix = id.slice(0, colon);
  const kind = metamodel.kinds.find((k) => k.toLowerCase() === prefix);
  if (!kind)
    return { error: `"${id}" starts with "${prefix}", which is no kind of the ${metamodel.name} metamodel` };
  const slug = id.slice(colon + 1);
  if (!SLUG_PATTERN.test(slug) || slug.length > 120)
    return { error: `"${id}" has a slug that is not lower-case words joined by hyphens` };
  return kind;
}

export interface MetamodelSchemas {
  readonly nodeId: z.ZodType<string>;
  readonly node: z.ZodType<Record<string, unknown> & { id: string; kind: string; name: string }>;
  readonly relationship: z.ZodType<Record<string, unknown> & { from: string; type: string; to: string }>;
}

/** zod schemas for nodes and relationships of this metamodel. */
export function schemasFor(metamodel: Metamodel): MetamodelSchemas {
  const nodeId = z.string().superRefine((id, ctx) => {
    const kind = kindOfIdIn(metamodel, id);
    if (typeof kind !== 'string') ctx.addIssue({ code: 'custom', message: kind.error });
  });
  const { id: _id, ...common } = commonNodeFields;
  const kinds = metamodel.kinds.map((kind) =>
    z
      .strictObject({
        kind: z.literal(kind),
        id: nodeId,
        ...common,
        ...kindFieldsSchema(metamodel, kind).shape,
      })
      .superRefine((node, ctx) => {
        const named = kindOfIdIn(metamodel, node.id);
        if (typeof named === 'string' && named !== kind)
          ctx.addIssue({
            code: 'custom',
            path: ['id'],
            message: `id "${node.id}" names kind ${named} but the node is a ${kind}`,
          });
        checkLifecycle(node as { start?: unknown; end?: unknown }, ctx);
      }),
  );
  const node = z.discriminatedUnion(
    'kind',
    kinds as unknown as [(typeof kinds)[number], ...(typeof kinds)[number][]],
  );
  const own = Object.fromEntries(
    Object.entries(metamodel.relationshipFields).map(([name, spec]) => [name, spec.schema.optional()]),
  );
  const relationship = z
    .strictObject({
      // A relationship's own id, where the store gives relationships one.
      id: z.string().optional(),
      from: nodeId,
      type: z.enum(metamodel.relationshipTypes as [string, ...string[]]),
      to: nodeId,
      redundancy: redundancySchema.optional(),
      fallback: nodeId.optional(),
      note: safeText().trim().min(1).max(2000).optional(),
      provenance: z.array(provenanceSchema).max(50).default([]),
      start: metamodel.lifecycleFields.start.schema.optional(),
      end: metamodel.lifecycleFields.end.schema.optional(),
      planned: metamodel.lifecycleFields.planned.schema.optional(),
      ...own,
    })
    .superRefine((r, ctx) => {
      checkLifecycle(r as { start?: unknown; end?: unknown }, ctx);
      const rule = metamodel.rules[r.type];
      if (!rule) return;
      for (const [end, allowed] of [
        ['from', rule.from],
        ['to', rule.to],
      ] as const) {
        const kind = kindOfIdIn(metamodel, r[end]);
        if (typeof kind === 'string' && !allowed.includes(kind))
          ctx.addIssue({
            code: 'custom',
            path: [end],
            message: `a ${r.type} cannot ${end === 'from' ? 'start at' : 'end at'} a ${kind} (allowed: ${allowed.join(', ')})`,
          });
      }
    });
  return {
    nodeId,
    node: node as unknown as MetamodelSchemas['node'],
    relationship: relationship as unknown as MetamodelSchemas['relationship'],
  };
}

/** Checks nodes and relationships against this metamodel; every problem names its place. */
export function checkAgainstMetamodel(
  metamodel: Metamodel,
  content: { nodes: readonly unknown[]; relationships: readonly unknown[] },
): InputIssue[] {
  const schemas = schemasFor(metamodel);
  const issues: InputIssue[] = [];
  const collect = (prefix: string, error: z.ZodError) => {
    for (const issue of error.issues)
      issues.push({ path: [prefix, ...issue.path.map(String)].join('.'), message: issue.message });
  };
  content.nodes.forEach((n, i) => {
    const parsed = schemas.node.safeParse(n);
    if (!parsed.success) collect(`nodes.${i}`, parsed.error);
  });
  content.relationships.forEach((r, i) => {
    const parsed = schemas.relationship.safeParse(r);
    if (!parsed.success) collect(`relationships.${i}`, parsed.error);
  });
  return issues;
}
