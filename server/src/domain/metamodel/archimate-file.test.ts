// The ArchiMate 3.2 profile declares every element and relationship type of the standard, each
// relationship type with a direction of impact.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileMetamodel, kindsWithRole } from './compile.js';
import { parseMetamodelText } from './definition.js';

const file = new URL('../../../../metamodels/archimate.yaml', import.meta.url);
const archimate = compileMetamodel(parseMetamodelText(readFileSync(file, 'utf8'), 'archimate.yaml'));

// The element types of the Open Group's Open Exchange schema (archimate3_Model.xsd), with
// ValueStream, which ArchiMate 3.1 added and 3.2 keeps.
const ELEMENTS =
  `Resource Capability ValueStream CourseOfAction BusinessActor BusinessRole BusinessCollaboration
BusinessInterface BusinessProcess BusinessFunction BusinessInteraction BusinessEvent BusinessService BusinessObject
Contract Representation Product ApplicationComponent ApplicationCollaboration ApplicationInterface ApplicationFunction
ApplicationInteraction ApplicationProcess ApplicationEvent ApplicationService DataObject Node Device SystemSoftware
TechnologyCollaboration TechnologyInterface Path CommunicationNetwork TechnologyFunction TechnologyProcess
TechnologyInteraction TechnologyEvent TechnologyService Artifact Equipment Facility DistributionNetwork Material
Stakeholder Driver Assessment Goal Outcome Principle Requirement Constraint Meaning Value WorkPackage Deliverable
ImplementationEvent Plateau Gap Grouping Location AndJunction OrJunction`.split(/\s+/);
const RELATIONSHIPS = `Composition Aggregation Assignment Realization Serving Access Influence Triggering Flow
Specialization Association`.split(/\s+/);

describe('metamodels/archimate.yaml', () => {
  it('has a kind for every ArchiMate element type and nothing else', () => {
    const exchanged = archimate.kinds.map((k) => archimate.archimateTypes[k] ?? k);
    expect(exchanged.sort()).toEqual([...ELEMENTS].sort());
    expect(archimate.kinds).toHaveLength(62);
    // Node is the API's own interface: ArchiMate's Node is the kind TechnologyNode.
    expect(archimate.archimateTypes).toEqual({ TechnologyNode: 'Node' });
  });

  it('has a relationship type for every ArchiMate relationship type, with a direction of impact and a reason', () => {
    const written = archimate.relationshipTypes.map((t) => archimate.rules[t]!.archimate);
    expect(written.sort()).toEqual([...RELATIONSHIPS].sort());
    for (const type of archimate.relationshipTypes) {
      const rule = archimate.rules[type]!;
      expect(['SOURCE', 'TARGET', 'NONE']).toContain(rule.impact);
      expect(rule.doc.length).toBeGreaterThan(40);
      // Any element may be at either end: the file a tool wrote is taken as it is.
      expect(rule.from).toHaveLength(62);
    }
    expect(archimate.rules.SERVING!.impact).toBe('TARGET');
    expect(archimate.rules.COMPOSITION!.impact).toBe('SOURCE');
    expect(archimate.rules.ASSOCIATION!.impact).toBe('NONE');
  });

  it('gives the impact engine its roles as data', () => {
    expect([...kindsWithRole(archimate, 'contract')]).toEqual(['Contract']);
    expect(kindsWithRole(archimate, 'strategic')).toContain('Goal');
    expect(kindsWithRole(archimate, 'strategic')).toContain('WorkPackage');
    expect(kindsWithRole(archimate, 'place')).toEqual(new Set(['Facility', 'Location']));
  });

  it('keeps what an Open Exchange file carries: identifiers, properties, access type, direction', () => {
    for (const kind of archimate.kinds)
      expect(Object.keys(archimate.kindFields[kind]!)).toEqual(
        expect.arrayContaining(['identifier', 'properties', 'start', 'end', 'planned']),
      );
    expect(Object.keys(archimate.relationshipFields)).toEqual(
      expect.arrayContaining([
        'identifier',
        'name',
        'documentation',
        'accessType',
        'isDirected',
        'modifier',
        'properties',
      ]),
    );
  });
});
