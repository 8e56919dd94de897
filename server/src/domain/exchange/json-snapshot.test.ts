import { describe, expect, it } from 'vitest';
import { everyType, withoutVersions } from '../../../../tests/fixtures/exchange/graphs.js';
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION, readSnapshot, writeSnapshot } from './json-snapshot.js';

describe('JSON snapshot', () => {
  const content = everyType();
  it.each([
    ['every type', content],
    ['an empty graph', { nodes: [], relationships: [] }],
    ['nodes only', { nodes: content.nodes, relationships: [] }],
  ])('writes %s record by record, byte for byte as JSON.stringify of the whole', (_what, graph) => {
    const whole = withoutVersions(graph);
    const doc = { format: SNAPSHOT_FORMAT, version: SNAPSHOT_VERSION, ...whole };
    expect(writeSnapshot(graph)).toBe(`${JSON.stringify(doc, null, 2)}\n`);
    expect(readSnapshot(writeSnapshot(graph)).batch).toEqual(whole);
  });
});
