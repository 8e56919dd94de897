// The ArchiMate benchmark graph is valid against the profile and deterministic.
import { describe, expect, it } from 'vitest';
import { loadMetamodelFile } from '../server/src/app/metamodel-file.js';
import { checkBatchAgainstGraph, parseBatch } from '../server/src/domain/metamodel/index.js';
import { generateArchimateGraph } from './generate-archimate.js';

const archimate = await loadMetamodelFile('archimate');

describe('generateArchimateGraph', () => {
  const batch = generateArchimateGraph(2000);

  it('passes the profile’s parseBatch and graph checks with no issues, with parallel Access pairs', () => {
    const parsed = parseBatch(batch, archimate);
    expect(parsed.nodes).toHaveLength(2000);
    expect(
      checkBatchAgainstGraph(
        parsed,
        { kinds: new Map(), existingRelationships: new Set() },
        archimate.rules,
        true,
      ),
    ).toEqual([]);
    const accesses = parsed.relationships.filter((r) => r.type === ('ACCESS' as never));
    expect(new Set(accesses.map((r) => `${r.from} ${r.to}`)).size).toBeLessThan(accesses.length);
    expect(parsed.relationships.length / parsed.nodes.length).toBeGreaterThan(1.2);
  });

  it('is deterministic for a seed', () => {
    expect(generateArchimateGraph(2000)).toEqual(batch);
    expect(generateArchimateGraph(2000, 7)).not.toEqual(batch);
  });
});
