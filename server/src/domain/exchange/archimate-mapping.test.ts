import { describe, expect, it } from 'vitest';
import { readArchimate } from './archimate.js';
import { DEFAULT_ARCHIMATE_MAPPING, archimateMappingSchema } from './archimate-mapping.js';

const role = `<model xmlns="http://www.opengroup.org/xsd/archimate/3.0/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" identifier="m">
  <name>M</name>
  <elements><element identifier="e1" xsi:type="BusinessRole"><name>Network customer</name></element></elements>
</model>`;

describe('ArchiMate mapping', () => {
  it('is plain data: the default survives JSON and the schema unchanged', () => {
    const json = JSON.parse(JSON.stringify(DEFAULT_ARCHIMATE_MAPPING)) as unknown;
    expect(archimateMappingSchema.parse(json)).toEqual(DEFAULT_ARCHIMATE_MAPPING);
  });

  it('lets a user map another element type', () => {
    const edited = archimateMappingSchema.parse({
      ...DEFAULT_ARCHIMATE_MAPPING,
      elements: {
        ...DEFAULT_ARCHIMATE_MAPPING.elements,
        BusinessRole: { kind: 'Partner', fields: { role: 'customer' } },
      },
    });
    expect(readArchimate(role).unmapped).toHaveLength(1);
    expect(readArchimate(role, edited).batch.nodes).toEqual([
      {
        kind: 'Partner',
        id: 'partner:network-customer',
        name: 'Network customer',
        role: 'customer',
        aliases: [],
        provenance: [],
      },
    ]);
  });

  it('refuses a mapping the metamodel cannot honour, saying where', () => {
    const result = archimateMappingSchema.safeParse({
      elements: { Node: { kind: 'System', fields: { category: 'MAINFRAME', colour: 'red' } } },
      relationships: [
        { archimate: 'Serving', source: 'System', target: 'Site', type: 'HOSTED_AT', reversed: true },
        { archimate: 'Flow', source: 'System', target: 'System', type: 'DEPENDS_ON' },
        { archimate: 'Flow', source: 'System', target: 'System', type: 'REPLACES' },
      ],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'elements.Node.fields.category: "MAINFRAME" is not a valid category',
      'elements.Node.fields.colour: a System has no field colour',
      'relationships.0: Site HOSTED_AT System is not allowed by the metamodel',
      'relationships.2: a second rule for Flow System System',
    ]);
  });
});
