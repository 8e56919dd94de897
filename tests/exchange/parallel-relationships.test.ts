// Imports that carry two relationships of one type between the same pair of elements, as
// ArchiMate models often do (a reads and a writes Access, two Serving relationships): before
// relationships had ids, the second was "the same relationship" and the import failed. Each now
// keeps its file's id; re-importing matches by id; REPLACE deletes only the one a file dropped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/src/app/http-server.js';
import { graphqlClient, openTempStore, startTestServer, type TempStore } from '../fixtures/test-server.js';

type File = { name: string; text: string };

/** Two application components, one serving the other twice (the payroll run and HR queries). */
const TWO_SERVINGS = `<?xml version="1.0" encoding="UTF-8"?>
<model xmlns="http://www.opengroup.org/xsd/archimate/3.0/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" identifier="id-m1">
  <name xml:lang="en">Payroll</name>
  <elements>
    <element identifier="id-payroll" xsi:type="ApplicationComponent"><name xml:lang="en">Payroll</name></element>
    <element identifier="id-hr" xsi:type="ApplicationComponent"><name xml:lang="en">HR database</name></element>
  </elements>
  <relationships>
    <relationship identifier="id-run" source="id-hr" target="id-payroll" xsi:type="Serving">
      <documentation xml:lang="en">The monthly payroll run reads salaries.</documentation>
    </relationship>
    <relationship identifier="id-queries" source="id-hr" target="id-payroll" xsi:type="Serving">
      <documentation xml:lang="en">Ad hoc HR queries.</documentation>
    </relationship>
  </relationships>
</model>
`;

describe('importing parallel relationships', () => {
  let temp: TempStore;
  let server: RunningServer;
  const gql = <T>(query: string, variables: Record<string, unknown> = {}) =>
    graphqlClient(server.graphqlUrl)<T>(query, variables);
  type Summary = { created: number; updated: number; deleted: number; unchanged: number };
  const importAs = (format: string, files: File[], mode = 'MERGE') =>
    gql<{ importGraph: { summary: Summary } }>(
      `mutation($f: ExchangeFormat!, $files: [FileInput!]!, $mode: ImportMode) {
        importGraph(format: $f, files: $files, mode: $mode) { summary { created updated deleted unchanged } } }`,
      { f: format, files, mode },
    );
  const payrollNeeds = async () =>
    (
      await gql<{ neighbourhood: { relationships: { id: string; type: string; note: string }[] } }>(
        '{ neighbourhood(id: "system:payroll", depth: 1) { relationships { id type note } } }',
      )
    ).data!.neighbourhood.relationships;

  beforeAll(async () => {
    temp = await openTempStore();
    server = await startTestServer(temp.store);
  });
  afterAll(async () => {
    await server?.close();
    await temp?.close();
  });

  it('keeps both, each with the identifier of the ArchiMate file, and a second import changes nothing', async () => {
    const first = await importAs('ARCHIMATE', [{ name: 'payroll.xml', text: TWO_SERVINGS }]);
    expect(first.errors).toBeUndefined();
    expect(first.data?.importGraph.summary).toMatchObject({ created: 4, updated: 0 });
    expect(await payrollNeeds()).toEqual([
      { id: 'id-queries', type: 'DEPENDS_ON', note: 'Ad hoc HR queries.' },
      { id: 'id-run', type: 'DEPENDS_ON', note: 'The monthly payroll run reads salaries.' },
    ]);
    const again = await importAs('ARCHIMATE', [{ name: 'payroll.xml', text: TWO_SERVINGS }]);
    expect(again.data?.importGraph.summary).toMatchObject({ created: 0, updated: 0, unchanged: 4 });
  });

  it('exports both with their ids, and a REPLACE without one deletes only that one', async () => {
    const exported = await gql<{ exportGraph: File[] }>('{ exportGraph(format: CSV) { name text } }');
    const files = exported.data!.exportGraph;
    const rels = files.find((f) => f.name === 'relationships.csv')!;
    const lines = rels.text.trim().split('\n');
    expect(lines[0]).toMatch(/^id,from,type,to,/);
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['id-queries', 'id-run']);
    const withoutQueries = { ...rels, text: `${[lines[0], lines[2]].join('\n')}\n` };
    const replaced = await importAs(
      'CSV',
      [files.find((f) => f.name === 'nodes.csv')!, withoutQueries],
      'REPLACE',
    );
    expect(replaced.errors).toBeUndefined();
    expect(replaced.data?.importGraph.summary).toMatchObject({ created: 0, deleted: 1 });
    expect((await payrollNeeds()).map((r) => r.id)).toEqual(['id-run']);
  });

  it('refuses two rows with the same ends and type and no ids, naming the line, and changes nothing', async () => {
    const csv = [
      'from,type,to,note',
      'system:hr-database,DEPENDS_ON,system:payroll,one',
      'system:hr-database,DEPENDS_ON,system:payroll,two',
    ].join('\n');
    const res = await importAs('CSV', [{ name: 'relationships.csv', text: `${csv}\n` }]);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res.errors?.[0]?.extensions?.issues)).toMatch(/line 3.*give each an id/);
    expect((await payrollNeeds()).map((r) => r.id)).toEqual(['id-run']);
  });
});
