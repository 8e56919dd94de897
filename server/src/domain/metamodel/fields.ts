// Field descriptors: each kind-specific field is declared once, and its zod schema, its
// GraphQL type and its store column type all follow from the descriptor.
import { z } from 'zod';
import { PARTIAL_DATE_PATTERN } from './partial-date.js';
import { safeText } from './text.js';

/** The column types the stores hold; both adapters map these, nothing else. */
export type StoreType = 'STRING' | 'INT64' | 'DOUBLE' | 'BOOLEAN';

export interface FieldSpec<S extends z.ZodType = z.ZodType> {
  readonly schema: S;
  readonly store: StoreType;
  /** GraphQL output type, without nullability (every kind field is optional). */
  readonly graphql: string;
  /** Enum fields name their GraphQL enum and list their values. */
  readonly enumName?: string;
  readonly enumValues?: readonly string[];
  readonly doc: string;
}

export const field = {
  text: (doc: string): FieldSpec<z.ZodString> => ({
    schema: safeText().trim().min(1).max(2000),
    store: 'STRING',
    graphql: 'String',
    doc,
  }),
  longText: (doc: string): FieldSpec<z.ZodString> => ({
    schema: safeText().trim().min(1).max(10_000),
    store: 'STRING',
    graphql: 'String',
    doc,
  }),
  /** Stored as JSON text, like provenance; read back as the list. */
  properties: (doc: string): FieldSpec => ({
    schema: z.array(z.strictObject({ name: safeText().max(300), value: safeText().max(10_000) })).max(1000),
    store: 'STRING',
    graphql: '[NameValue!]',
    doc,
  }),
  integer: (doc: string, min = 0, max = 1_000_000): FieldSpec<z.ZodNumber> => ({
    schema: z.number().int().min(min).max(max),
    store: 'INT64',
    graphql: 'Int',
    doc,
  }),
  decimal: (doc: string, min = 0, max = Number.MAX_SAFE_INTEGER): FieldSpec<z.ZodNumber> => ({
    schema: z.number().finite().min(min).max(max),
    store: 'DOUBLE',
    graphql: 'Float',
    doc,
  }),
  flag: (doc: string): FieldSpec<z.ZodBoolean> => ({
    schema: z.boolean(),
    store: 'BOOLEAN',
    graphql: 'Boolean',
    doc,
  }),
  partialDate: (doc: string): FieldSpec<z.ZodString> => ({
    schema: z.string().regex(PARTIAL_DATE_PATTERN, 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD'),
    store: 'STRING',
    graphql: 'PartialDate',
    doc,
  }),
  oneOf: <const V extends readonly [string, ...string[]]>(
    enumName: string,
    values: V,
    doc: string,
  ): FieldSpec<z.ZodEnum<{ [K in V[number]]: K }>> => ({
    schema: z.enum(values),
    store: 'STRING',
    graphql: enumName,
    enumName,
    enumValues: values,
    doc,
  }),
};
