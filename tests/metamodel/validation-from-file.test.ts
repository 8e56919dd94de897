// Validation built from the loaded council file (schemasFor) says what the code's schemas say:
// on the whole Kent dataset it accepts every node and relationship and gives the same values,
// and a bad field is refused by both, naming the same field.
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../seed/dataset.js';
import { loadMetamodelFile } from '../../server/src/app/metamodel-file.js';
import {
  nodeInputSchema,
  relationshipInputSchema,
  schemasFor,
} from '../../server/src/domain/metamodel/index.js';

const council = schemasFor(await loadMetamodelFile('council'));
const kent = await readDataset();

describe('schemas generated from metamodels/council.yaml', () => {
  it('accept the Kent dataset and give the same values as the code schemas', () => {
    expect(kent.nodes.length).toBeGreaterThan(100);
    for (const node of kent.nodes) expect(council.node.parse(node)).toEqual(nodeInputSchema.parse(node));
    for (const r of kent.relationships)
      expect(council.relationship.parse(r)).toEqual(relationshipInputSchema.parse(r));
  });

  it('refuse what the code schemas refuse, at the same field', () => {
    const system = kent.nodes.find((n) => n.kind === 'System')!;
    const bad = [
      { ...system, rtoHours: -1 },
      { ...system, category: 'MAINFRAME' },
      { ...system, id: 'site:not-a-system' },
      { ...system, start: '2020-01', end: '2019' },
      { ...system, colour: 'blue' },
    ];
    for (const node of bad) {
      const paths = (r: { error?: { issues: { path: PropertyKey[] }[] } }) =>
        (r.error?.issues ?? []).map((i) => i.path.join('.')).sort();
      const fromFile = council.node.safeParse(node);
      const fromCode = nodeInputSchema.safeParse(node);
      expect(fromFile.success).toBe(false);
      expect(paths(fromFile)).toEqual(paths(fromCode));
    }
    const hosted = kent.relationships.find((r) => r.type === 'HOSTED_AT')!;
    // The code checks ends against the graph; the file's schemas check them from the ids' kinds.
    expect(council.relationship.safeParse({ ...hosted, to: hosted.from }).error?.issues[0]).toMatchObject({
      path: ['to'],
      message: 'a HOSTED_AT cannot end at a System (allowed: Site)',
    });
  });
});
