// CSV formula cells through the API: a node whose text a spreadsheet would run as a formula is
// exported (by exportGraph and by the download) with a leading quote, and the product's own CSV
// imports back to the original text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/src/app/http-server.js';
import { parseBatch } from '../../server/src/domain/metamodel/index.js';
import { graphqlClient, openTempStore, startTestServer, type TempStore } from '../fixtures/test-server.js';

const FORMULAS = {
  kind: 'Contract',
  id: 'contract:formula',
  name: "=cmd|' /C calc'!A0",
  aliases: ['+SUM(1,2)', '@A1'],
  description: '-1+1',
  supplier: "'quoted",
};

describe('CSV formula cells over the API', () => {
  let temp: TempStore;
  let server: RunningServer;
  const gql = <T>(query: string, variables: Record<string, unknown> = {}) =>
    graphqlClient(server.graphqlUrl)<T>(query, variables);

  beforeAll(async () => {
    temp = await openTempStore();
    // Written before the server starts, as the other API tests' fixtures are.
    await temp.store.applyBatch(parseBatch({ nodes: [FORMULAS] }));
    server = await startTestServer(temp.store);
  });
  afterAll(async () => {
    await server?.close();
    await temp?.close();
  });

  it('neutralises formula cells in exportGraph and the download alike, and imports them back as they were', async () => {
    const exported = await gql<{ exportGraph: { name: string; text: string }[] }>(
      '{ exportGraph(format: CSV) { name text } }',
    );
    const nodes = exported.data!.exportGraph.find((f) => f.name === 'nodes.csv')!.text;
    const row = nodes.split('\n')[1]!;
    expect(row).toBe(
      `contract:formula,Contract,'=cmd|' /C calc'!A0,"'+SUM(1,2); @A1",'-1+1,,,,,,,,,,,,''quoted,,,,,,`,
    );
    expect(await (await fetch(`${server.url}/export/nodes.csv`)).text()).toBe(nodes);

    await temp.store.clear();
    const imported = await gql(
      'mutation($files: [FileInput!]!) { importGraph(format: CSV, files: $files) { summary { created } } }',
      { files: exported.data!.exportGraph },
    );
    expect(imported.errors).toBeUndefined();
    const back = await gql<{ node: Record<string, unknown> }>(
      '{ node(id: "contract:formula") { name aliases description ... on Contract { supplier } } }',
    );
    expect(back.data?.node).toEqual({
      name: FORMULAS.name,
      aliases: FORMULAS.aliases,
      description: FORMULAS.description,
      supplier: FORMULAS.supplier,
    });
  });
});
