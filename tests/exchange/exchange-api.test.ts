// Import and export through GraphQL on the Kent dataset: lossless round trips in all three
// formats, dry runs, REPLACE, and bad files that change nothing and say where they are bad.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDataset } from '../../seed/dataset.js';
import type { RunningServer } from '../../server/src/app/http-server.js';
import { graphqlClient, openTempStore, startTestServer, type TempStore } from '../fixtures/test-server.js';

type File = { name: string; text: string };

describe('import and export over GraphQL', () => {
  let kent: TempStore;
  let server: RunningServer;
  const gql = <T>(query: string, variables: Record<string, unknown> = {}) =>
    graphqlClient(server.graphqlUrl)<T>(query, variables);
  const exportAs = async (format: string) =>
    (
      await gql<{ exportGraph: File[] }>(
        'query($f: ExchangeFormat!) { exportGraph(format: $f) { name text } }',
        { f: format },
      )
    ).data!.exportGraph;
  const IMPORT = `mutation($f: ExchangeFormat!, $files: [FileInput!]!, $mode: ImportMode, $dry: Boolean) {
    importGraph(format: $f, files: $files, mode: $mode, dryRun: $dry) {
      summary { created updated deleted unchanged dryRun graphVersion } unmapped { where type reason } } }`;
  type Imported = {
    importGraph: {
      summary: {
        created: number;
        updated: number;
        deleted: number;
        unchanged: number;
        dryRun: boolean;
        graphVersion: number;
      };
      unmapped: { where: string; type: string; reason: string }[];
    };
  };
  const importAs = (format: string, files: File[], options: { mode?: string; dry?: boolean } = {}) =>
    gql<Imported>(IMPORT, { f: format, files, mode: options.mode ?? 'MERGE', dry: options.dry ?? false });

  beforeAll(async () => {
    kent = await openTempStore({ kent: true });
    server = await startTestServer(kent.store);
  });
  afterAll(async () => {
    await server?.close();
    await kent?.close();
  });

  it.each(['JSON', 'CSV', 'ARCHIMATE'])(
    'round-trips the Kent dataset losslessly as %s: export, wipe, import, export',
    async (format) => {
      const first = await exportAs(format);
      await kent.store.clear();
      const imported = await importAs(format, first);
      expect(imported.errors).toBeUndefined();
      const dataset = await readDataset();
      expect(imported.data?.importGraph.summary).toMatchObject({
        created: dataset.nodes.length + dataset.relationships.length,
        deleted: 0,
        dryRun: false,
      });
      expect(imported.data?.importGraph.unmapped).toEqual([]);
      expect(await exportAs(format)).toEqual(first);
    },
  );

  it('dry-runs an import: reports the changes, writes nothing', async () => {
    const [snapshot] = await exportAs('JSON');
    const doc = JSON.parse(snapshot!.text) as { nodes: { id: string; name: string }[] };
    doc.nodes.find((n) => n.id === 'system:kpsn')!.name = 'Kent Public Service Network (renamed)';
    const version = (await gql<{ counts: { graphVersion: number } }>('{ counts { graphVersion } }')).data!
      .counts.graphVersion;
    const res = await importAs('JSON', [{ name: 'edited.json', text: JSON.stringify(doc) }], { dry: true });
    expect(res.data?.importGraph.summary).toMatchObject({
      dryRun: true,
      updated: 1,
      created: 0,
      graphVersion: version,
    });
    const kpsn = await gql<{ node: { name: string } }>('{ node(id: "system:kpsn") { name } }');
    expect(kpsn.data?.node.name).not.toMatch(/renamed/);
  });

  it('REPLACE deletes what the file lacks, in the same transaction', async () => {
    const [snapshot] = await exportAs('JSON');
    const doc = JSON.parse(snapshot!.text) as {
      nodes: { id: string }[];
      relationships: { from: string; to: string }[];
    };
    const dropped = 'partner:gartner'; // has no relationships in the dataset
    doc.nodes = doc.nodes.filter((n) => n.id !== dropped);
    const res = await importAs('JSON', [{ name: 'smaller.json', text: JSON.stringify(doc) }], {
      mode: 'REPLACE',
    });
    expect(res.data?.importGraph.summary).toMatchObject({ deleted: 1, created: 0, updated: 0 });
    expect((await gql('{ node(id: "partner:gartner") { id } }')).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );
  });

  it('refuses malformed and invalid files, naming line or item, and changes nothing', async () => {
    const version = (await gql<{ counts: { graphVersion: number } }>('{ counts { graphVersion } }')).data!
      .counts.graphVersion;
    const broken = await importAs('JSON', [
      { name: 'broken.json', text: '{\n  "format": "architecture-explorer/snapshot",\n  "nodes": [\n' },
    ]);
    expect(broken.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(broken.errors?.[0]?.extensions?.issues?.[0]?.path).toMatch(/^broken\.json/);

    const csv = 'id,kind,name,rtoHours\nsystem:a,System,A,4\nsystem:b,System,B,four\n';
    const badNumber = await importAs('CSV', [{ name: 'nodes.csv', text: csv }]);
    expect(JSON.stringify(badNumber.errors?.[0]?.extensions?.issues)).toMatch(
      /nodes\.csv.*line 3.*rtoHours|line 3.*four/,
    );

    const [snapshot] = await exportAs('JSON');
    const doc = JSON.parse(snapshot!.text) as {
      nodes: Record<string, unknown>[];
      relationships: Record<string, unknown>[];
    };
    doc.nodes.push({ kind: 'System', id: 'system:new-thing', name: '' });
    doc.relationships.push({ from: 'system:new-thing', type: 'HOSTED_AT', to: 'system:kpsn' });
    const invalid = await importAs('JSON', [{ name: 'invalid.json', text: JSON.stringify(doc) }]);
    const paths = invalid.errors?.[0]?.extensions?.issues?.map((i) => i.path) ?? [];
    expect(paths).toContain(`invalid.json nodes[${doc.nodes.length - 1}] (system:new-thing): name`);

    const after = (await gql<{ counts: { graphVersion: number } }>('{ counts { graphVersion } }')).data!
      .counts.graphVersion;
    expect(after).toBe(version);
  });

  it('imports a hand-written ArchiMate model, reporting what it cannot map', async () => {
    const xml = fs.readFileSync(path.resolve('tests/fixtures/exchange/every-mapped-type.xml'), 'utf8');
    const res = await importAs('ARCHIMATE', [{ name: 'every-mapped-type.xml', text: xml }], { dry: true });
    expect(res.errors).toBeUndefined();
    expect(res.data!.importGraph.summary.created).toBeGreaterThan(10);
    const unknown = `<?xml version="1.0" encoding="UTF-8"?>
<model xmlns="http://www.opengroup.org/xsd/archimate/3.0/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" identifier="m1">
  <name xml:lang="en">Tiny</name>
  <elements>
    <element identifier="e1" xsi:type="ApplicationComponent"><name xml:lang="en">Payroll</name></element>
    <element identifier="e2" xsi:type="Principle"><name xml:lang="en">Cloud first</name></element>
  </elements>
</model>`;
    const tiny = await importAs('ARCHIMATE', [{ name: 'tiny.xml', text: unknown }], { dry: true });
    expect(tiny.data?.importGraph.summary.created).toBe(1);
    expect(tiny.data?.importGraph.unmapped).toEqual([expect.objectContaining({ type: 'Principle' })]);
  });
});
