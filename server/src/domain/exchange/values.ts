// How a value is spelled in a cell or a property, shared by the file formats, so that a list, a
// provenance or a number reads back the same in CSV and in ArchiMate.
import {
  KIND_FIELDS,
  NODE_KINDS,
  RELATIONSHIP_TYPES,
  slugify,
  type FieldSpec,
  type NodeKind,
  type RelationshipType,
} from '../metamodel/index.js';

export type Parsed<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (message: string): Parsed<never> => ({ ok: false, message });

/** Header and property names compare loosely: "RTO hours", "rto_hours" and "rtoHours" are one. */
export const looseName = (name: string): string => name.toLowerCase().replace(/[\s_-]+/g, '');

/** A kind as people type it ("system", "SYSTEM"), or undefined. */
export function kindNamed(text: string, kinds: readonly string[] = NODE_KINDS): NodeKind | undefined {
  return (kinds as readonly NodeKind[]).find((kind) => kind.toLowerCase() === text.trim().toLowerCase());
}

/** A relationship type as people type it ("depends on", "depends_on"), or undefined. */
export function relationshipTypeNamed(
  text: string,
  types: readonly string[] = RELATIONSHIP_TYPES,
): RelationshipType | undefined {
  const wanted = text
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '_');
  return (types as readonly RelationshipType[]).find((type) => type === wanted);
}

/** The kind's own field a loosely written name means, or undefined. */
export function fieldOf(
  kind: NodeKind,
  name: string,
  fields: Readonly<Record<string, FieldSpec>> = KIND_FIELDS[kind] ?? {},
): [string, FieldSpec] | undefined {
  const wanted = looseName(name);
  return (Object.entries(fields) as [string, FieldSpec][]).find(([f]) => looseName(f) === wanted);
}

/**
 * Aliases as `a; b`, which is what people type in a spreadsheet. When an alias itself holds a ";"
 * or the text would look like JSON, the list is written as a JSON array instead, so it round-trips.
 */
export function formatAliases(aliases: readonly string[]): string {
  if (aliases.length === 0) return '';
  const plain = aliases.every((a) => !a.includes(';') && a === a.trim() && !a.startsWith('['));
  return plain ? aliases.join('; ') : JSON.stringify(aliases);
}

export function parseAliases(text: string): Parsed<string[]> {
  if (text.trim().startsWith('[')) {
    const list = parseJsonList(text);
    if (!list.ok) return list;
    if (!list.value.every((a) => typeof a === 'string'))
      return fail('a JSON list of aliases must hold only text');
    return ok(list.value as string[]);
  }
  return ok(
    text
      .split(';')
      .map((a) => a.trim())
      .filter(Boolean),
  );
}

/** Provenance is a list of objects; JSON keeps it whole. Its shape is the metamodel's to check. */
export const formatProvenance = (provenance: readonly unknown[]): string =>
  provenance.length ? JSON.stringify(provenance) : '';

export function parseJsonList(text: string): Parsed<unknown[]> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fail(`not valid JSON (${(error as Error).message})`);
  }
  return Array.isArray(value) ? ok(value) : fail('not a JSON list ([ … ])');
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * A kind field's value from text, typed by the field's store type. Enum values are matched
 * loosely ("On premises" is ON_PREMISES); anything else the metamodel's schema judges later.
 */
export function parseFieldValue(
  spec: FieldSpec,
  text: string,
): Parsed<string | number | boolean | unknown[]> {
  // A list field (a metamodel's `properties`) is JSON, like provenance.
  if (spec.graphql.startsWith('[')) return parseJsonList(text);
  if (spec.store === 'BOOLEAN') return parseFlag(text);
  if (spec.store === 'INT64' || spec.store === 'DOUBLE') {
    const trimmed = text.trim();
    if (!NUMBER.test(trimmed)) return fail(`"${text}" is not a number`);
    const n = Number(trimmed);
    if (spec.store === 'INT64' && !Number.isInteger(n)) return fail(`"${text}" is not a whole number`);
    return ok(n);
  }
  if (spec.enumValues && !spec.enumValues.includes(text)) {
    const wanted = text
      .trim()
      .toUpperCase()
      .replace(/[\s-]+/g, '_');
    const match = spec.enumValues.find((v) => v === wanted);
    if (match) return ok(match);
  }
  return ok(text);
}

/** A yes/no cell or property: true/false, yes/no (any case). */
export function parseFlag(text: string): Parsed<boolean> {
  const t = text.trim().toLowerCase();
  if (t === 'true' || t === 'yes') return ok(true);
  if (t === 'false' || t === 'no') return ok(false);
  return fail(`"${text}" is not true or false`);
}

export const formatFieldValue = (value: unknown): string =>
  value === undefined || value === null
    ? ''
    : typeof value === 'object'
      ? JSON.stringify(value)
      : String(value);

/** The integer in a "k of n" cell or property. */
export function parseCount(text: string): Parsed<number> {
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) ? ok(Number(trimmed)) : fail(`"${text}" is not a whole number`);
}

/**
 * Hands out `kind:slug` ids for items that came without one: from the name, with -2, -3… for
 * repeats, never one the file already uses. Call `reserve` for every given id first.
 */
export function idAllocator() {
  const taken = new Set<string>();
  return {
    reserve: (id: string) => void taken.add(id),
    derive(kind: NodeKind, name: string, fallback = 'unnamed'): string {
      const base = slugify(name) || slugify(fallback) || 'unnamed';
      for (let n = 1; ; n++) {
        const suffix = n === 1 ? '' : `-${n}`;
        const id = `${kind.toLowerCase()}:${base.slice(0, 120 - suffix.length).replace(/-+$/, '')}${suffix}`;
        if (!taken.has(id)) {
          taken.add(id);
          return id;
        }
      }
    },
  };
}
