// Input at the API boundary: GraphQL sends explicit nulls for optional fields where the
// metamodel's schemas mean "absent" by a missing key; then one zod check that names the field.
import type { z } from 'zod';
import { BadInputError } from '../domain/errors.js';
import { zodIssues } from '../domain/metamodel/index.js';

export function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== null && v !== undefined)
        .map(([k, v]) => [k, withoutNulls(v)]),
    );
  }
  return value;
}

/** Parses resolver input with a zod schema, or throws BAD_USER_INPUT naming every bad field. */
export function parseInput<T>(schema: z.ZodType<T>, value: unknown, module: string, path = ''): T {
  const parsed = schema.safeParse(withoutNulls(value));
  if (!parsed.success) throw new BadInputError(module, zodIssues(parsed.error, path));
  return parsed.data;
}
