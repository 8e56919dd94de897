// A checked metamodel file turned into what the layers use: each kind's field descriptors (zod
// schema, store column, GraphQL type), the relationship rules, and each kind's impact role.
import { z } from 'zod';
import {
  ANY_KIND,
  LIFECYCLE_PLACEHOLDER,
  type FieldDefinition,
  type ImpactDirectionName,
  type ImpactRole,
  type MetamodelDefinition,
  type RelationshipHorizonRole,
} from './definition.js';
import { field, type FieldSpec } from './fields.js';

export interface CompiledRule {
  readonly from: readonly string[];
  readonly to: readonly string[];
  readonly impact: ImpactDirectionName;
  readonly inverse: string;
  readonly doc: string;
  readonly archimate?: string;
}

export interface Metamodel {
  readonly name: string;
  readonly kinds: readonly string[];
  /** Each kind's fields in the file's order, lifecycle fields included where the file places them. */
  readonly kindFields: Readonly<Record<string, Readonly<Record<string, FieldSpec>>>>;
  /** Fields a node of the kind must have. */
  readonly requiredFields: Readonly<Record<string, readonly string[]>>;
  readonly lifecycleFields: Readonly<Record<'start' | 'end' | 'planned', FieldSpec>>;
  /** Every field by name across kinds (one name, one type), in first-seen order. */
  readonly allFields: ReadonlyMap<string, FieldSpec>;
  /** Fields relationships carry beyond the built-in ones (the ArchiMate profile's identifier, accessType…). */
  readonly relationshipFields: Readonly<Record<string, FieldSpec>>;
  readonly relationshipTypes: readonly string[];
  readonly rules: Readonly<Record<string, CompiledRule>>;
  readonly impactRoles: Readonly<Record<string, ImpactRole>>;
  readonly recoveryObjective: Readonly<Record<string, string | undefined>>;
  /** The ArchiMate element type each kind is exchanged as, where the file names one. */
  readonly archimateTypes: Readonly<Record<string, string>>;
  /** The kind docs, for the page's legend and the GraphQL descriptions. */
  readonly kindDocs: Readonly<Record<string, string | undefined>>;
  /** Each kind in running text, singular and plural, for explanations. */
  readonly kindLabels: Readonly<Record<string, KindLabel>>;
  /** Each relationship type as the verb between its ends ("is hosted at"), for explanations. */
  readonly readings: Readonly<Record<string, string>>;
  /** The relationship types the contract horizon reads as successors or remedies. */
  readonly horizonRoles: Readonly<Record<string, RelationshipHorizonRole>>;
}

export interface KindLabel {
  readonly one: string;
  readonly many: string;
}

/** A kind's label when the file gives none: its name's words in lower case, plural by the
 *  common English rule (Site: site, sites; Facility: facility, facilities). */
export function defaultKindLabel(kind: string): KindLabel {
  const one = kind.replace(/(?<=[a-z0-9])(?=[A-Z])/g, ' ').toLowerCase();
  const many = /[^aeiou]y$/.test(one)
    ? `${one.slice(0, -1)}ies`
    : /(s|x|z|ch|sh)$/.test(one)
      ? `${one}es`
      : `${one}s`;
  return { one, many };
}

/** A relationship type's words when the file gives no reading: HOSTED_AT, "hosted at". */
export const typeWords = (type: string): string => type.toLowerCase().replace(/_/g, ' ');

function fieldSpec(f: Exclude<FieldDefinition, { type: 'lifecycle' }>): FieldSpec {
  switch (f.type) {
    case 'text':
      return field.text(f.doc);
    case 'longText':
      return field.longText(f.doc);
    case 'properties':
      return field.properties(f.doc);
    case 'integer':
      return field.integer(f.doc, f.min, f.max);
    case 'decimal':
      return field.decimal(f.doc, f.min, f.max);
    case 'flag':
      return field.flag(f.doc);
    case 'partialDate':
      return field.partialDate(f.doc);
    case 'choice':
      return field.oneOf(f.enum, f.values as [string, ...string[]], f.doc);
  }
}

export function compileMetamodel(def: MetamodelDefinition): Metamodel {
  const kinds = Object.keys(def.kinds);
  const lifecycleFields = {
    start: field.partialDate(def.lifecycle.start),
    end: field.partialDate(def.lifecycle.end),
    planned: field.flag(def.lifecycle.planned),
  };
  const kindFields: Record<string, Record<string, FieldSpec>> = {};
  const requiredFields: Record<string, string[]> = {};
  const allFields = new Map<string, FieldSpec>();
  for (const kind of kinds) {
    const own: Record<string, FieldSpec> = {};
    const declared = def.kinds[kind]!.fields;
    // Every kind has a lifecycle (what is live on a date follows from it); the file says where.
    const entries = Object.entries(declared);
    if (!(LIFECYCLE_PLACEHOLDER in declared))
      entries.push([LIFECYCLE_PLACEHOLDER, { type: LIFECYCLE_PLACEHOLDER }]);
    requiredFields[kind] = [];
    for (const [name, f] of entries) {
      if (f.type === LIFECYCLE_PLACEHOLDER) Object.assign(own, lifecycleFields);
      else {
        own[name] = fieldSpec(f);
        if (f.required) requiredFields[kind].push(name);
      }
    }
    for (const [name, spec] of Object.entries(own)) if (!allFields.has(name)) allFields.set(name, spec);
    kindFields[kind] = own;
  }
  const ends = (e: '*' | string[]) => (e === ANY_KIND ? kinds : e);
  const rules = Object.fromEntries(
    Object.entries(def.relationships).map(([type, r]) => [
      type,
      {
        from: ends(r.from),
        to: ends(r.to),
        impact: r.impact,
        inverse: r.inverse,
        doc: r.doc,
        ...(r.archimate ? { archimate: r.archimate } : {}),
      },
    ]),
  );
  return {
    name: def.name,
    kinds,
    kindFields,
    requiredFields,
    lifecycleFields,
    allFields,
    relationshipFields: Object.fromEntries(
      Object.entries(def.relationshipFields).flatMap(([name, f]) =>
        f.type === LIFECYCLE_PLACEHOLDER ? [] : [[name, fieldSpec(f)]],
      ),
    ),
    relationshipTypes: Object.keys(def.relationships),
    rules,
    impactRoles: Object.fromEntries(kinds.map((k) => [k, def.kinds[k]!.impactRole])),
    recoveryObjective: Object.fromEntries(kinds.map((k) => [k, def.kinds[k]!.recoveryObjective])),
    kindDocs: Object.fromEntries(kinds.map((k) => [k, def.kinds[k]!.doc])),
    kindLabels: Object.fromEntries(kinds.map((k) => [k, def.kinds[k]!.label ?? defaultKindLabel(k)])),
    readings: Object.fromEntries(
      Object.entries(def.relationships).map(([type, r]) => [type, r.reading ?? typeWords(type)]),
    ),
    horizonRoles: Object.fromEntries(
      Object.entries(def.relationships).flatMap(([type, r]) => (r.horizon ? [[type, r.horizon]] : [])),
    ),
    archimateTypes: Object.fromEntries(
      kinds.flatMap((k) => (def.kinds[k]!.archimate ? [[k, def.kinds[k]!.archimate]] : [])),
    ),
  };
}

/** The kinds with a role, e.g. the strategic ones the impact report lists apart. */
export function kindsWithRole(metamodel: Metamodel, role: ImpactRole): Set<string> {
  return new Set(metamodel.kinds.filter((k) => metamodel.impactRoles[k] === role));
}

/** A zod schema for one kind's own fields (all optional unless the file says required). */
export function kindFieldsSchema(metamodel: Metamodel, kind: string) {
  const required = new Set(metamodel.requiredFields[kind]);
  return z.strictObject(
    Object.fromEntries(
      Object.entries(metamodel.kindFields[kind] ?? {}).map(([name, spec]) => [
        name,
        required.has(name) ? spec.schema : spec.schema.optional(),
      ]),
    ),
  );
}
