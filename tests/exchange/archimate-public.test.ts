// Lossless ArchiMate exchange on two public Open Exchange models nobody on the team wrote: read
// with the ArchiMate profile, checked by the schemas the profile generates, written back, and
// compared with the original file read independently (element, relationship and property sets).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMetamodelFile } from '../../server/src/app/metamodel-file.js';
import { readArchimate } from '../../server/src/domain/exchange/archimate.js';
import {
  readArchimateProfile,
  writeArchimateProfile,
} from '../../server/src/domain/exchange/archimate-profile.js';
import { schemasFor } from '../../server/src/domain/metamodel/index.js';
import { contentOf, parallel } from '../fixtures/archimate-content.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/archimate-public');
const archimate = await loadMetamodelFile('archimate');
const schemas = schemasFor(archimate);

const MODELS = [
  {
    file: 'archisurance-test-model.xml',
    elements: 120,
    relationships: 178,
    properties: 3,
    parallel: 1,
    viaRelationship: 0,
    leftOut: ['view', 'organization', 'property', 'documentation'],
    // What the council kinds hold of it through the default mapping (the rest is reported).
    council: { elements: 52, relationships: 34 },
  },
  {
    file: 'archisurance-3.1-case-study.xml',
    elements: 361,
    relationships: 610,
    properties: 0,
    parallel: 10,
    viaRelationship: 10,
    leftOut: ['view', 'documentation'],
    council: { elements: 109, relationships: 110 },
  },
];

describe.each(MODELS)('$file through the ArchiMate profile', (model) => {
  const xml = fs.readFileSync(path.join(FIXTURES, model.file), 'utf8');
  const original = contentOf(xml);

  it('is the public model we think it is', () => {
    expect(original.elements).toHaveLength(model.elements);
    expect(original.relationships).toHaveLength(model.relationships);
    expect(original.properties).toHaveLength(model.properties);
    expect(parallel(xml)).toBe(model.parallel);
  });

  it('reads every element and relationship, with no problem, leaving out only views, folders and the documentation and properties of the model itself', () => {
    const read = readArchimateProfile(xml, archimate);
    expect(read.problems).toEqual([]);
    expect(read.nodes).toHaveLength(model.elements);
    expect(read.relationships).toHaveLength(model.relationships);
    expect(new Set(read.unmapped.map((u) => u.type))).toEqual(new Set(model.leftOut));
    expect(read.relationships.filter((r) => r.sourceRelationship || r.targetRelationship)).toHaveLength(
      model.viaRelationship,
    );
  });

  it('passes the checks the profile generates (kinds, fields, relationship ends)', () => {
    const read = readArchimateProfile(xml, archimate);
    for (const [i, node] of read.nodes.entries()) {
      const parsed = schemas.node.safeParse(node);
      expect(parsed.error?.issues ?? [], `node ${i}`).toEqual([]);
    }
    for (const [i, r] of read.relationships.entries()) {
      const parsed = schemas.relationship.safeParse(r);
      expect(parsed.error?.issues ?? [], `relationship ${i}`).toEqual([]);
    }
  });

  it('writes back every element, relationship, property and documentation string', () => {
    const read = readArchimateProfile(xml, archimate);
    // What a store would hold: the schemas' output (trimmed names, defaults filled in).
    const stored = {
      nodes: read.nodes.map((n) => schemas.node.parse(n)),
      relationships: read.relationships.map((r) => schemas.relationship.parse(r)),
    };
    const written = writeArchimateProfile(stored, archimate, 'round trip');
    const back = contentOf(written);
    expect(back.elements).toEqual(original.elements);
    expect(back.relationships).toEqual(original.relationships);
    expect(back.properties).toEqual(original.properties);
    // And the written file reads again to the same graph.
    const again = readArchimateProfile(written, archimate);
    expect(again.problems).toEqual([]);
    expect(again.nodes.map((n) => schemas.node.parse(n))).toEqual(stored.nodes);
    expect(again.relationships.map((r) => schemas.relationship.parse(r))).toEqual(stored.relationships);
  });
});

describe.each(MODELS)('$file through the council mapping', (model) => {
  const xml = fs.readFileSync(path.join(FIXTURES, model.file), 'utf8');

  it('keeps what the council kinds can hold and reports every element and relationship it leaves out', () => {
    const read = readArchimate(xml);
    expect(read.problems).toEqual([]);
    // Items left out whole (not a property or a second name of a kept one).
    const leftOut = (what: string) =>
      new Set(
        read.unmapped
          .filter(
            (u) =>
              u.where.includes(`${what} `) &&
              /has no kind|is not mapped|has no rule|is a relationship/.test(u.reason),
          )
          .map((u) => u.where.split(`${what} `)[1]),
      );
    // Nothing silently dropped: each element or relationship is kept or reported.
    expect(read.batch.nodes.length + leftOut('element').size).toBe(model.elements);
    expect(read.batch.relationships.length + leftOut('relationship').size).toBe(model.relationships);
    expect({ elements: read.batch.nodes.length, relationships: read.batch.relationships.length }).toEqual(
      model.council,
    );
  });
});
