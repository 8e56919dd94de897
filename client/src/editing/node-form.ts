// The node form's values and their conversion to the server's NodeInput. Values are kept as the
// person typed them (strings), so a half-typed number is not lost; conversion happens on save.
// The kind's own fields are whatever the metamodel lists, typed by their GraphQL type name.
import type { NodeInput, NodeKind } from '../generated/graphql.js';
import { slugify } from '../whatif/impact-graph.js';
import type { KindInfo } from './metamodel.js';

export interface ProvenanceValues {
  readonly document: string;
  readonly section: string;
  readonly quote: string;
  /** The source implies the fact rather than stating it. Kept, or an update would clear it. */
  readonly inferred: boolean;
}

export interface NodeFormValues {
  readonly kind: NodeKind;
  readonly id: string;
  /** True once the person typed an id: from then on the name no longer suggests one. */
  readonly idEdited: boolean;
  readonly name: string;
  /** One alias a line. */
  readonly aliases: string;
  readonly description: string;
  /** The kind's own fields by name, as typed. */
  readonly fields: Readonly<Record<string, string>>;
  readonly provenance: readonly ProvenanceValues[];
}

export const EMPTY_SOURCE: ProvenanceValues = { document: '', section: '', quote: '', inferred: false };

/** The id a new node would get: the kind's prefix and the name as a slug (`system:new-crm`). */
export const suggestId = (kind: KindInfo, name: string): string => `${kind.idPrefix}${slugify(name)}`;

export function emptyValues(kind: KindInfo): NodeFormValues {
  return {
    kind: kind.kind,
    id: kind.idPrefix,
    idEdited: false,
    name: '',
    aliases: '',
    description: '',
    fields: {},
    provenance: [EMPTY_SOURCE],
  };
}

/** The form for an existing node: every field it has, as text. */
export function valuesFromNode(node: Readonly<Record<string, unknown>>, kind: KindInfo): NodeFormValues {
  const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));
  const sources = Array.isArray(node.provenance) ? (node.provenance as Record<string, unknown>[]) : [];
  return {
    kind: kind.kind,
    id: text(node.id),
    idEdited: true,
    name: text(node.name),
    aliases: Array.isArray(node.aliases) ? node.aliases.map(text).join('\n') : '',
    description: text(node.description),
    fields: Object.fromEntries(kind.fields.map((f) => [f.name, text(node[f.name])])),
    provenance: sources.map((p) => ({
      document: text(p.document),
      section: text(p.section),
      quote: text(p.quote),
      inferred: p.inferred === true,
    })),
  };
}

/** Values after the person types a name: the id follows it until they edit the id themselves. */
export function withName(values: NodeFormValues, kind: KindInfo, name: string): NodeFormValues {
  return { ...values, name, id: values.idEdited ? values.id : suggestId(kind, name) };
}

/** Values after choosing another kind (creating only): its fields replace the old kind's. */
export function withKind(values: NodeFormValues, kind: KindInfo): NodeFormValues {
  const fields = Object.fromEntries(
    kind.fields.filter((f) => values.fields[f.name]).map((f) => [f.name, values.fields[f.name]!]),
  );
  return {
    ...values,
    kind: kind.kind,
    fields,
    id: values.idEdited ? values.id : suggestId(kind, values.name),
  };
}

export type Conversion =
  | { readonly ok: true; readonly input: NodeInput }
  | { readonly ok: false; readonly issues: Readonly<Record<string, string>> };

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/**
 * The NodeInput to send. Empty fields are left out (an update replaces the node's fields, so an
 * emptied field is cleared). Only what GraphQL itself would refuse with an unreadable message is
 * checked here (text in a number field, a fraction in an integer one); the server checks the rest.
 */
export function toNodeInput(values: NodeFormValues, kind: KindInfo, expectedVersion?: number): Conversion {
  const issues: Record<string, string> = {};
  const own: Record<string, string | number | boolean> = {};
  for (const field of kind.fields) {
    const raw = (values.fields[field.name] ?? '').trim();
    if (!raw) continue;
    if (field.type === 'Int' || field.type === 'Float') {
      const n = Number(raw);
      if (!NUMBER.test(raw) || !Number.isFinite(n)) issues[field.name] = 'expected a number';
      else if (field.type === 'Int' && !Number.isInteger(n)) issues[field.name] = 'expected a whole number';
      else own[field.name] = n;
    } else if (field.type === 'Boolean') own[field.name] = raw === 'true';
    else own[field.name] = raw;
  }
  if (Object.keys(issues).length > 0) return { ok: false, issues };
  const aliases = values.aliases
    .split('\n')
    .map((a) => a.trim())
    .filter(Boolean);
  const provenance = values.provenance
    .map((p) => ({ document: p.document.trim(), section: p.section.trim(), quote: p.quote.trim(), p }))
    .filter(({ document, section, quote }) => document || section || quote)
    .map(({ document, section, quote, p }) => ({
      document,
      section,
      ...(quote ? { quote } : {}),
      ...(p.inferred ? { inferred: true } : {}),
    }));
  const description = values.description.trim();
  // The kind's fields are only known at run time; the server refuses any the kind does not have.
  const input = {
    kind: values.kind,
    id: values.id.trim(),
    name: values.name.trim(),
    aliases,
    provenance,
    ...(description ? { description } : {}),
    ...(expectedVersion !== undefined ? { expectedVersion } : {}),
    ...own,
  } as NodeInput;
  return { ok: true, input };
}
