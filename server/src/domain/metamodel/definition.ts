// The metamodel file: kinds with their fields, relationship types with their allowed ends and
// direction of impact, and what the impact engine needs to know about each kind. It is plain
// data (YAML under metamodels/); this schema is the one check it passes, and a bad file is
// refused naming the line and the reason.
import { LineCounter, isMap, isNode, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { z } from 'zod';
import { AppError, type ErrorCode } from '../errors.js';

const MODULE = 'domain/metamodel';

/** Kind names become GraphQL type names and id prefixes: letters and digits, capitalised. */
const KIND_NAME = /^[A-Z][A-Za-z0-9]*$/;
/** Relationship type names become GraphQL enum values. */
const TYPE_NAME = /^[A-Z][A-Z0-9_]*$/;
/** Field names become GraphQL fields and store columns. */
const FIELD_NAME = /^[a-z][A-Za-z0-9]*$/;
const ENUM_VALUE = /^[A-Z][A-Z0-9_]*$/;

const doc = z.string().trim().min(1).max(1000);

const fieldDefinitionSchema = z.discriminatedUnion('type', [
  // Stands for start, end and planned, placed here in the kind's field order.
  z.strictObject({ type: z.literal('lifecycle') }),
  z.strictObject({ type: z.literal('text'), doc, required: z.boolean().default(false) }),
  // Up to 10,000 characters, as a description: documentation brought from another tool.
  z.strictObject({ type: z.literal('longText'), doc, required: z.boolean().default(false) }),
  // Name and value pairs in order, as ArchiMate properties are: kept whole, given back whole.
  z.strictObject({ type: z.literal('properties'), doc, required: z.boolean().default(false) }),
  z.strictObject({
    type: z.literal('integer'),
    doc,
    required: z.boolean().default(false),
    min: z.number().int().optional(),
    max: z.number().int().optional(),
  }),
  z.strictObject({
    type: z.literal('decimal'),
    doc,
    required: z.boolean().default(false),
    min: z.number().optional(),
    max: z.number().optional(),
  }),
  z.strictObject({ type: z.literal('flag'), doc, required: z.boolean().default(false) }),
  z.strictObject({ type: z.literal('partialDate'), doc, required: z.boolean().default(false) }),
  z.strictObject({
    type: z.literal('choice'),
    doc,
    required: z.boolean().default(false),
    /** The GraphQL enum's name; two fields sharing one must list the same values. */
    enum: z.string().regex(KIND_NAME, 'an enum name is capitalised letters and digits'),
    values: z.array(z.string().regex(ENUM_VALUE, 'a choice is UPPER_CASE')).min(1).max(200),
  }),
]);
export type FieldDefinition = z.infer<typeof fieldDefinitionSchema>;

/** The word `lifecycle` in a kind's field list places start, end and planned there. */
export const LIFECYCLE_PLACEHOLDER = 'lifecycle';

/**
 * What the impact engine needs to know about a kind, as data rather than a name in code:
 * - `strategic`: is AT_RISK, never down, when what it needs is hurt (reported apart);
 * - `contract`: lapses at its end unless a successor REPLACES it (lapse events, the horizon);
 * - `service`: goes down or degraded (the default);
 * - `party`: an organisation (suppliers and users listed by the contract horizon);
 * - `place`: a site or location things are hosted at.
 */
export const IMPACT_ROLES = ['strategic', 'contract', 'service', 'party', 'place'] as const;
export type ImpactRole = (typeof IMPACT_ROLES)[number];

/** A kind's name in running text, singular and plural ("site", "sites"): explanations say
 *  "has 1 of 2 sites left". Absent, it follows from the kind's name (TechnologyNode: "technology node"). */
const labelSchema = z.strictObject({
  one: z.string().trim().min(1).max(60),
  many: z.string().trim().min(1).max(60),
});

const kindDefinitionSchema = z.strictObject({
  doc: doc.optional(),
  label: labelSchema.optional(),
  /** The ArchiMate element type (Open Exchange xsi:type) this kind is read from and written as. */
  archimate: z.string().regex(KIND_NAME).optional(),
  impactRole: z.enum(IMPACT_ROLES).default('service'),
  /** The field holding the recovery time objective in hours, if the kind has one. */
  recoveryObjective: z.string().regex(FIELD_NAME).optional(),
  fields: z
    .record(
      z.string().regex(FIELD_NAME, 'a field name is camelCase letters and digits'),
      // `lifecycle: lifecycle` is short for `lifecycle: { type: lifecycle }`.
      z.preprocess((v) => (v === LIFECYCLE_PLACEHOLDER ? { type: v } : v), fieldDefinitionSchema),
    )
    .default({}),
});

export const IMPACT_DIRECTIONS = ['SOURCE', 'TARGET', 'NONE'] as const;
export const RELATIONSHIP_HORIZON_ROLES = ['successor', 'remedy'] as const;
export type RelationshipHorizonRole = (typeof RELATIONSHIP_HORIZON_ROLES)[number];
export type ImpactDirectionName = (typeof IMPACT_DIRECTIONS)[number];

/** Kind names become GraphQL object types beside the API's own: these are taken. */
const RESERVED_KIND_NAMES = [
  'Node',
  'Relationship',
  'Query',
  'Mutation',
  'Subscription',
  'Metamodel',
  'Element',
];

/** What every relationship has without the file saying so. */
const BUILT_IN_RELATIONSHIP_FIELDS = [
  'id',
  'from',
  'type',
  'to',
  'redundancy',
  'fallback',
  'note',
  'provenance',
  'start',
  'end',
  'planned',
];

/** Any kind: `'*'` as a relationship end. */
export const ANY_KIND = '*';
const endsSchema = z.union([
  z.literal(ANY_KIND),
  z.array(z.string().regex(KIND_NAME, 'a kind name is capitalised letters and digits')).min(1),
]);

const relationshipDefinitionSchema = z.strictObject({
  from: endsSchema,
  to: endsSchema,
  /** Which end suffers when the other fails: SOURCE (the source needs the target), TARGET, or NONE. */
  impact: z.enum(IMPACT_DIRECTIONS),
  /** The inverse reading, for panels and explanations ("HOSTS" for HOSTED_AT). */
  inverse: z.string().regex(TYPE_NAME, 'an inverse reading is UPPER_SNAKE_CASE'),
  /** The verb between the ends in explanations ("is hosted at"); absent, the type's words ("hosted at"). */
  reading: z.string().trim().min(1).max(60).optional(),
  /** What the contract horizon reads it as: `successor` (the source takes over from the target
   *  when the target ends, so a contract with a live successor does not lapse) or `remedy` (the
   *  source addresses the target's end: re-procurement, extension, exit). */
  horizon: z.enum(RELATIONSHIP_HORIZON_ROLES).optional(),
  doc,
  /** The ArchiMate relationship type (Open Exchange xsi:type) this type is read from and written as. */
  archimate: z.string().regex(KIND_NAME).optional(),
});

export const metamodelDefinitionSchema = z
  .strictObject({
    name: z.string().regex(/^[a-z][a-z0-9-]*$/, 'a metamodel name is lower-case words joined by hyphens'),
    doc: doc.optional(),
    /** The fields every kind's `lifecycle` entry stands for. */
    lifecycle: z.strictObject({ start: doc, end: doc, planned: doc }),
    kinds: z.record(
      z.string().regex(KIND_NAME, 'a kind name is capitalised letters and digits'),
      kindDefinitionSchema,
    ),
    /** Fields every relationship may carry beyond the built-in ones (note, redundancy, lifecycle…). */
    relationshipFields: z
      .record(
        z.string().regex(FIELD_NAME, 'a field name is camelCase letters and digits'),
        fieldDefinitionSchema,
      )
      .default({}),
    relationships: z.record(
      z.string().regex(TYPE_NAME, 'a relationship type is UPPER_SNAKE_CASE'),
      relationshipDefinitionSchema,
    ),
  })
  .superRefine((def, ctx) => {
    const kinds = new Set(Object.keys(def.kinds));
    if (kinds.size === 0) ctx.addIssue({ code: 'custom', path: ['kinds'], message: 'no kinds are declared' });
    const prefixes = new Map<string, string>();
    const fieldTypes = new Map<string, string>();
    const enums = new Map<string, string>();
    for (const [kind, k] of Object.entries(def.kinds)) {
      if (RESERVED_KIND_NAMES.includes(kind))
        ctx.addIssue({
          code: 'custom',
          path: ['kinds', kind],
          message: `"${kind}" is a name the API's own types take; name the kind otherwise (archimate: keeps the exchange name)`,
        });
      const prefix = kind.toLowerCase();
      const other = prefixes.get(prefix);
      if (other)
        ctx.addIssue({ code: 'custom', path: ['kinds', kind], message: `its id prefix is also ${other}'s` });
      prefixes.set(prefix, kind);
      if (k.recoveryObjective && !(k.recoveryObjective in k.fields)) {
        ctx.addIssue({
          code: 'custom',
          path: ['kinds', kind, 'recoveryObjective'],
          message: `${kind} has no field ${k.recoveryObjective}`,
        });
      }
      for (const [name, f] of Object.entries(k.fields)) {
        if (f.type === LIFECYCLE_PLACEHOLDER) {
          if (name !== LIFECYCLE_PLACEHOLDER)
            ctx.addIssue({
              code: 'custom',
              path: ['kinds', kind, 'fields', name],
              message: 'only the key "lifecycle" may say lifecycle',
            });
          continue;
        }
        if (name in def.lifecycle || name === LIFECYCLE_PLACEHOLDER) {
          ctx.addIssue({
            code: 'custom',
            path: ['kinds', kind, 'fields', name],
            message: `"${name}" is a lifecycle field`,
          });
        }
        // One name means one thing everywhere: the store has one column per field name.
        const shape = f.type === 'choice' ? `choice ${f.enum}` : f.type;
        const seen = fieldTypes.get(name);
        if (seen && seen !== shape)
          ctx.addIssue({
            code: 'custom',
            path: ['kinds', kind, 'fields', name],
            message: `is ${shape} here but ${seen} elsewhere`,
          });
        fieldTypes.set(name, shape);
        if (f.type === 'choice') {
          const values = f.values.join(' ');
          const known = enums.get(f.enum);
          if (known !== undefined && known !== values)
            ctx.addIssue({
              code: 'custom',
              path: ['kinds', kind, 'fields', name, 'values'],
              message: `enum ${f.enum} lists other values elsewhere`,
            });
          enums.set(f.enum, values);
        }
        if (
          (f.type === 'integer' || f.type === 'decimal') &&
          f.min !== undefined &&
          f.max !== undefined &&
          f.min > f.max
        ) {
          ctx.addIssue({
            code: 'custom',
            path: ['kinds', kind, 'fields', name, 'max'],
            message: 'is below min',
          });
        }
      }
    }
    for (const [name, f] of Object.entries(def.relationshipFields)) {
      if (f.type === LIFECYCLE_PLACEHOLDER || BUILT_IN_RELATIONSHIP_FIELDS.includes(name)) {
        ctx.addIssue({
          code: 'custom',
          path: ['relationshipFields', name],
          message: `"${name}" is a field every relationship already has`,
        });
      }
    }
    for (const [type, r] of Object.entries(def.relationships)) {
      for (const end of ['from', 'to'] as const) {
        const ends = r[end];
        if (ends === ANY_KIND) continue;
        ends.forEach((kind, i) => {
          if (!kinds.has(kind))
            ctx.addIssue({
              code: 'custom',
              path: ['relationships', type, end, i],
              message: `"${kind}" is not a kind of this metamodel`,
            });
        });
      }
    }
  });
export type MetamodelDefinition = z.infer<typeof metamodelDefinitionSchema>;

/** A metamodel file that cannot be used: the line and the reason, so start-up can say them. */
export class MetamodelFileError extends AppError {
  readonly code: ErrorCode = 'BAD_USER_INPUT';
  constructor(
    readonly source: string,
    readonly problems: readonly { line: number; path: string; message: string }[],
  ) {
    super(
      `[${MODULE}] ${source} is not a usable metamodel: ${problems
        .map((p) => `line ${p.line}${p.path ? ` (${p.path})` : ''}: ${p.message}`)
        .join('; ')}`,
    );
  }
}

/** Reads a metamodel from YAML (or JSON, which is YAML) text; throws MetamodelFileError naming lines. */
export function parseMetamodelText(text: string, source: string): MetamodelDefinition {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true });
  if (document.errors.length > 0) {
    throw new MetamodelFileError(
      source,
      document.errors.map((e) => ({
        line: e.linePos?.[0].line ?? 1,
        path: '',
        message: e.message.split('\n')[0]!,
      })),
    );
  }
  const result = metamodelDefinitionSchema.safeParse(document.toJS());
  if (result.success) return result.data;
  throw new MetamodelFileError(
    source,
    result.error.issues.map((issue) => {
      const path = issue.path.map(String);
      return { line: lineOf(document, lineCounter, path), path: path.join('.'), message: issue.message };
    }),
  );
}

/** The line of the deepest part of the path the file has: a key's own line (a missing key: its
 *  parent's), an item of a list its line. */
function lineOf(
  document: ReturnType<typeof parseDocument>,
  lines: LineCounter,
  path: readonly string[],
): number {
  const lineAt = (node: unknown) =>
    isNode(node) && (node as YamlNode).range ? lines.linePos((node as YamlNode).range![0]).line : undefined;
  for (let n = path.length; n >= 1; n--) {
    const parent: unknown = n === 1 ? document.contents : document.getIn(path.slice(0, n - 1), true);
    const last = path[n - 1];
    if (isMap(parent)) {
      const pair = parent.items.find((p) => (isScalar(p.key) ? String(p.key.value) : p.key) === last);
      const line = pair && lineAt(pair.key);
      if (line !== undefined) return line;
    } else if (isSeq(parent)) {
      const line = lineAt(parent.items[Number(last)]);
      if (line !== undefined) return line;
    }
  }
  return lineAt(document.contents) ?? 1;
}
