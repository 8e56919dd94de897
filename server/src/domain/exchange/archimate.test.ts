import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EVERY_MAPPED_TYPE } from '../../../../tests/fixtures/exchange/every-mapped-type.js';
import { everyType, withoutVersions } from '../../../../tests/fixtures/exchange/graphs.js';
import { checkBatchAgainstGraph, parseBatch } from '../metamodel/index.js';
import { readArchimate, writeArchimate } from './archimate.js';
import { EXPORT_ELEMENT_TYPES, isAllowed, type ExportElementType } from './archimate-validity.js';
import { attribute, child, children, parseXml } from './xml.js';

const noGraph = { kinds: new Map(), existingRelationships: new Set<string>() };
const valid = (batch: unknown) => checkBatchAgainstGraph(parseBatch(batch), noGraph);
const fixture = (name: string) =>
  readFileSync(new URL(`../../../../tests/fixtures/exchange/${name}`, import.meta.url), 'utf8');

/** A small exchange file: elements as [id, type, name, properties], relationships as [id, type, source, target, properties]. */
function model(
  elements: [string, string, string, Record<string, string>?][],
  relationships: [string, string, string, string, Record<string, string>?][] = [],
): string {
  const names = [...new Set([...elements, ...relationships].flatMap((e) => Object.keys(e.at(-1) ?? {})))];
  const props = (p: unknown) =>
    typeof p === 'object' && p
      ? `<properties>${Object.entries(p)
          .map(([k, v]) => `<property propertyDefinitionRef="p-${k}"><value>${String(v)}</value></property>`)
          .join('')}</properties>`
      : '';
  return [
    '<model xmlns="http://www.opengroup.org/xsd/archimate/3.0/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" identifier="m">',
    '<name>M</name><elements>',
    ...elements.map(
      ([id, type, name, p]) =>
        `<element identifier="${id}" xsi:type="${type}"><name>${name}</name>${props(p)}</element>`,
    ),
    '</elements><relationships>',
    ...relationships.map(
      ([id, type, s, t, p]) =>
        `<relationship identifier="${id}" source="${s}" target="${t}" xsi:type="${type}">${props(p)}</relationship>`,
    ),
    '</relationships><propertyDefinitions>',
    ...names.map(
      (n) => `<propertyDefinition identifier="p-${n}" type="string"><name>${n}</name></propertyDefinition>`,
    ),
    '</propertyDefinitions></model>',
  ].join('\n');
}

describe('ArchiMate exchange format', () => {
  it('round-trips every kind, field and relationship type exactly, without versions', () => {
    const content = everyType();
    const parsed = readArchimate(writeArchimate(content));
    expect(parsed.problems).toEqual([]);
    expect(parsed.unmapped).toEqual([]);
    expect(parsed.batch).toEqual(withoutVersions(content));
    expect(valid(parsed.batch)).toEqual([]);
  });

  it('writes XML IDs and only relationships ArchiMate allows between the element types', () => {
    const xml = writeArchimate(everyType(), 'Kent & Medway');
    const parsed = parseXml(xml);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.rootName).toBe('model');
    const elements = children(child(parsed.root, 'elements'), 'element');
    const typeOf = new Map(
      elements.map((e) => [attribute(e, 'identifier'), attribute(e, 'type') as ExportElementType]),
    );
    const relationships = children(child(parsed.root, 'relationships'), 'relationship');
    const ids = [...typeOf.keys(), ...relationships.map((r) => attribute(r, 'identifier'))];
    for (const id of ids) expect(id).toMatch(/^[A-Za-z_][A-Za-z0-9_.-]*$/);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...new Set(typeOf.values())].every((t) => EXPORT_ELEMENT_TYPES.includes(t))).toBe(true);
    const carriers = relationships.map((r) => {
      const [source, target] = [typeOf.get(attribute(r, 'source')), typeOf.get(attribute(r, 'target'))];
      expect(isAllowed(attribute(r, 'type')!, source!, target!)).toBe(true);
      return `${source} ${attribute(r, 'type')} ${target}`;
    });
    expect(carriers).toEqual([
      'Driver Influence Goal', // PART_OF, reversed
      'Driver Influence Driver',
      'Goal Association Driver', // ALIGNS_WITH from a theme: no natural reading
      'WorkPackage Realization Goal',
      'WorkPackage Association CommunicationNetwork',
      'WorkPackage Triggering WorkPackage', // the dependency triggers the dependant
      'SystemSoftware Serving ApplicationComponent',
      'Node Serving SystemSoftware',
      'ApplicationComponent Association WorkPackage',
      'WorkPackage Realization Node',
      'Location Aggregation ApplicationComponent',
      'Location Aggregation ApplicationComponent',
      'Location Aggregation ApplicationService',
      'CommunicationNetwork Association Contract',
      'Contract Association BusinessActor',
      'CommunicationNetwork Serving BusinessActor',
      'CommunicationNetwork Serving Location',
      'WorkPackage Realization Contract',
      'Contract Association Contract',
      'ApplicationService Association ApplicationComponent',
      'BusinessActor Association Contract',
    ]);
    expect(xml).toContain('<name xml:lang="en">Kent &amp; Medway</name>');
  });

  it('reads every mapped element and relationship type of an Archi export', () => {
    const parsed = readArchimate(fixture('every-mapped-type.xml'));
    expect(parsed.problems).toEqual([]);
    // Each relationship keeps the file's identifier as its id.
    const ids = parsed.batch.relationships.map((r) => r.id);
    expect(ids.every((id) => /^id-r\d\d$/.test(id ?? ''))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect({
      ...parsed.batch,
      relationships: parsed.batch.relationships.map(({ id: _id, ...r }) => r),
    }).toEqual(EVERY_MAPPED_TYPE);
    expect(parsed.unmapped).toEqual([
      {
        where: 'line 25, element id-e23',
        type: 'BusinessRole',
        name: 'Network customer',
        reason: 'the mapping has no kind for ArchiMate BusinessRole',
      },
      {
        where: 'line 52, element id-e01',
        type: 'property',
        name: 'Colour',
        reason: 'a System has no field "Colour"; its value "blue" is not imported',
      },
      {
        where: 'line 140, element id-e24',
        type: 'Principle',
        name: 'Cloud before on premises',
        reason: 'the mapping has no kind for ArchiMate Principle',
      },
      {
        where: 'line 258, relationship id-r46',
        type: 'Access',
        reason: 'the mapping has no rule for Access from a System to a Contract',
      },
      {
        where: 'line 259, relationship id-r47',
        type: 'Influence',
        reason: 'its source "Cloud before on premises" (Principle) is not mapped',
      },
    ]);
    expect(parsed.nodeOrigins[0]).toBe('line 6, element id-e10');
    expect(parsed.relationshipOrigins[0]).toBe('line 182, relationship id-r01');
    expect(valid(parsed.batch)).toEqual([]);
  });

  it('reports malformed XML with its line and column', () => {
    const parsed = readArchimate('<model identifier="m">\n  <elements>\n  </model>');
    expect(parsed.problems).toEqual([
      {
        where: 'line 3, column 3',
        message: expect.stringMatching(/^malformed XML: Expected closing tag 'elements'/) as unknown,
      },
    ]);
    expect(readArchimate('<svg/>').problems[0]?.message).toMatch(/root element is <svg>, not <model>/);
  });

  it('names the element and property of a bad value, and an undefined property', () => {
    const xml = model([['e1', 'ApplicationComponent', 'Email', { rtoHours: 'four', noticeMonths: '3' }]]);
    const parsed = readArchimate(xml.replace('p-noticeMonths"><value', 'p-nothing"><value'));
    expect(parsed.problems).toEqual([
      {
        where: 'line 3, element e1',
        message: 'a property refers to "p-nothing", which no propertyDefinition defines',
      },
      { where: 'line 3, element e1, property rtoHours', message: '"four" is not a number' },
    ]);
  });

  it('reports what it cannot map, never dropping it silently', () => {
    const parsed = readArchimate(
      model(
        [
          ['e1', 'Principle', 'Cloud first', { owner: 'CIO' }],
          ['e2', 'Goal', 'Cloud', { id: 'APP-0042' }],
        ],
        [
          ['r1', 'Influence', 'e1', 'e2'],
          ['r2', 'Association', 'e2', 'r1'],
          ['r3', 'Serving', 'e2', 'e9'],
        ],
      ),
    );
    expect(parsed.unmapped.map((u) => `${u.where}: ${u.type} ${u.name ?? ''}: ${u.reason}`)).toEqual([
      'line 3, element e1: Principle Cloud first: the mapping has no kind for ArchiMate Principle',
      'line 4, element e2: property id: it is not a kind:slug id; its value "APP-0042" is not imported',
      'line 6, relationship r1: Influence : its source "Cloud first" (Principle) is not mapped',
      'line 7, relationship r2: Association : its target is a relationship, which the explorer cannot hold',
    ]);
    expect(parsed.problems).toEqual([
      { where: 'line 8, relationship r3', message: 'target "e9" is not an element of this file' },
    ]);
    expect(parsed.batch.nodes).toEqual([
      { kind: 'Theme', id: 'theme:cloud', name: 'Cloud', aliases: [], provenance: [] },
    ]);
  });

  it('derives ids from names, and takes our own type and direction from explorerType', () => {
    const parsed = readArchimate(
      model(
        [
          ['d', 'Driver', 'Plan'],
          ['g1', 'Goal', 'Plan'],
          ['g2', 'Goal', 'Plan'],
          ['s', 'Driver', 'Strategy', { explorerId: 'strategy:plan' }],
        ],
        [
          ['r1', 'Aggregation', 'd', 'g1'], // not valid ArchiMate, but some tools write it
          ['r2', 'Association', 's', 'g2', { explorerType: 'ALIGNS_WITH', explorerReversed: 'true' }],
          ['r3', 'Association', 's', 'd', { explorerType: 'OWNS' }],
        ],
      ),
    );
    expect(parsed.batch.nodes.map((n) => n.id)).toEqual([
      'strategy:plan-2',
      'theme:plan',
      'theme:plan-2',
      'strategy:plan',
    ]);
    expect(parsed.batch.relationships.slice(0, 2)).toEqual([
      { id: 'r1', from: 'theme:plan', type: 'PART_OF', to: 'strategy:plan-2', provenance: [] },
      { id: 'r2', from: 'theme:plan-2', type: 'ALIGNS_WITH', to: 'strategy:plan', provenance: [] },
    ]);
    expect(parsed.problems).toEqual([
      { where: 'line 10, relationship r3', message: 'explorerType "OWNS" is not a relationship type' },
    ]);
  });
});
