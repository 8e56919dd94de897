// The council metamodel file reproduces the kinds, fields and relationship rules the code
// declares, field by field, so loading it changes nothing a user sees.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { STRATEGIC_KINDS } from '../impact/state.js';
import { compileMetamodel, kindsWithRole } from './compile.js';
import { CODE_METAMODEL, metamodelDifferences } from './council.js';
import { parseMetamodelText } from './definition.js';
import type { FieldSpec } from './fields.js';
import { KIND_FIELDS, LIFECYCLE_FIELDS, NODE_KINDS, ALL_KIND_FIELDS } from './kinds.js';
import { RELATIONSHIP_RULES, RELATIONSHIP_TYPES } from './relationships.js';

const file = new URL('../../../../metamodels/council.yaml', import.meta.url);
const council = compileMetamodel(parseMetamodelText(readFileSync(file, 'utf8'), 'council.yaml'));

/** What a field descriptor means, comparable: its JSON Schema says type, limits and choices. */
const meaning = (spec: FieldSpec) => ({
  store: spec.store,
  graphql: spec.graphql,
  enumName: spec.enumName,
  enumValues: spec.enumValues,
  doc: spec.doc,
  schema: z.toJSONSchema(spec.schema),
});

describe('metamodels/council.yaml', () => {
  it('declares the seven kinds in order', () => {
    expect(council.kinds).toEqual([...NODE_KINDS]);
  });

  it.each(NODE_KINDS)(
    'gives %s the same fields, in the same order, with the same types, limits and docs',
    (kind) => {
      const code = KIND_FIELDS[kind] as Record<string, FieldSpec>;
      const loaded = council.kindFields[kind]!;
      expect(Object.keys(loaded)).toEqual(Object.keys(code));
      for (const name of Object.keys(code)) expect(meaning(loaded[name]!)).toEqual(meaning(code[name]!));
      expect(council.requiredFields[kind]).toEqual([]);
    },
  );

  it('lists every field across kinds in the order the CSV columns use', () => {
    expect([...council.allFields.keys()]).toEqual([...ALL_KIND_FIELDS.keys()]);
    for (const [name, spec] of Object.entries(LIFECYCLE_FIELDS))
      expect(meaning(council.allFields.get(name)!)).toEqual(meaning(spec));
  });

  it('declares the same relationship types with the same ends, impact, inverse and doc', () => {
    expect(council.relationshipTypes).toEqual([...RELATIONSHIP_TYPES]);
    for (const type of RELATIONSHIP_TYPES) expect(council.rules[type]).toEqual(RELATIONSHIP_RULES[type]);
  });

  it('names the strategic kinds the impact engine reports as at risk', () => {
    expect(kindsWithRole(council, 'strategic')).toEqual(STRATEGIC_KINDS);
    expect([...kindsWithRole(council, 'contract')]).toEqual(['Contract']);
    expect(council.recoveryObjective.System).toBe('rtoHours');
  });

  it('is the metamodel the code declares, so start-up serves it', () => {
    expect(metamodelDifferences(council, CODE_METAMODEL)).toEqual([]);
    const changed = compileMetamodel(
      parseMetamodelText(readFileSync(file, 'utf8').replace('max: 120', 'max: 240'), 'changed.yaml'),
    );
    expect(metamodelDifferences(changed, CODE_METAMODEL)).toEqual(['Contract.noticeMonths differs']);
  });
});
