// GET /export/<file> on the Kent dataset, over HTTP with tokens: each file streams (chunked, no
// length announced), equals exportGraph's file byte for byte, and imports back to the same graph;
// reads need a token as exportGraph does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDataset } from '../../seed/dataset.js';
import type { RunningServer } from '../../server/src/app/http-server.js';
import { graphqlClient, openTempStore, startTestServer, type TempStore } from '../fixtures/test-server.js';
import { TOKEN_ENTRIES, TOKENS } from '../security/server-harness.js';

const FILES = {
  JSON: ['graph.json'],
  CSV: ['nodes.csv', 'relationships.csv'],
  ARCHIMATE: ['graph.archimate.xml'],
} as const;
// The Kent dataset's size, from the dataset itself, so that remodelling it does not break this test.
const kent = await readDataset();
const KENT_ELEMENTS = kent.nodes.length + kent.relationships.length;

describe('the export download endpoint', () => {
  let kent: TempStore;
  let server: RunningServer;
  const as = (token: string) => ({ authorization: `Bearer ${token}` });
  const admin = () => graphqlClient(server.graphqlUrl, as(TOKENS.admin));
  const download = (file: string, headers: Record<string, string> = as(TOKENS.viewer)) =>
    fetch(`${server.url}/export/${file}`, { headers });

  beforeAll(async () => {
    kent = await openTempStore({ kent: true });
    server = await startTestServer(kent.store, {
      auth: { mode: 'tokens', tokens: TOKEN_ENTRIES, readAccess: 'token' },
    });
  });
  afterAll(async () => {
    await server?.close();
    await kent?.close();
  });

  it.each(Object.keys(FILES) as (keyof typeof FILES)[])(
    'streams the %s export, equal to exportGraph, and it imports back into an empty graph',
    async (format) => {
      const files = [];
      for (const name of FILES[format]) {
        const res = await download(name);
        expect(res.status).toBe(200);
        expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${name}"`);
        expect(res.headers.get('transfer-encoding')).toBe('chunked');
        expect(res.headers.get('content-length')).toBeNull();
        files.push({ name, text: await res.text() });
      }
      const viaGraphql = await graphqlClient(server.graphqlUrl, as(TOKENS.viewer))<{
        exportGraph: { name: string; text: string }[];
      }>('query($f: ExchangeFormat!) { exportGraph(format: $f) { name text } }', { f: format });
      expect(viaGraphql.data?.exportGraph).toEqual(files);

      await kent.store.clear();
      const imported = await admin()<{ importGraph: { summary: { created: number } } }>(
        'mutation($f: ExchangeFormat!, $files: [FileInput!]!) { importGraph(format: $f, files: $files) { summary { created } } }',
        { f: format, files },
      );
      expect(imported.errors).toBeUndefined();
      expect(imported.data?.importGraph.summary.created).toBe(KENT_ELEMENTS);
      for (const file of files) expect(await (await download(file.name)).text()).toBe(file.text);
    },
  );

  it('needs a token, as exportGraph does, and answers refusals as JSON errors', async () => {
    const none = await download('graph.json', {});
    expect(none.status).toBe(401);
    expect(await none.json()).toEqual({
      errors: [
        {
          message: expect.stringMatching(/bearer token is required/),
          extensions: { code: 'UNAUTHENTICATED' },
        },
      ],
    });
    const wrong = await download('graph.json', as('not-a-token'));
    expect(wrong.status).toBe(401);
    expect(
      ((await wrong.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code,
    ).toBe('UNAUTHENTICATED');
  });

  it('names the files there are when asked for another', async () => {
    const res = await download('graph.yaml');
    expect(res.status).toBe(404);
    const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('NOT_FOUND');
    expect(body.errors[0]!.message).toContain(
      'graph.json, nodes.csv, relationships.csv, graph.archimate.xml',
    );
  });

  it('neutralises formula cells in exportGraph and the download alike, and imports them back as they were', async () => {
    const formulas = {
      kind: 'Contract',
      id: 'contract:formula',
      name: "=cmd|' /C calc'!A0",
      aliases: ['+SUM(1,2)', '@A1'],
      description: '-1+1',
      supplier: "'quoted",
    };
    const created = await admin()('mutation($n: NodeInput!) { createNode(node: $n) { id } }', {
      n: formulas,
    });
    expect(created.errors).toBeUndefined();
    const exported = await graphqlClient(
      server.graphqlUrl,
      as(TOKENS.viewer),
    )<{
      exportGraph: { name: string; text: string }[];
    }>('{ exportGraph(format: CSV) { name text } }');
    const nodes = exported.data!.exportGraph.find((f) => f.name === 'nodes.csv')!.text;
    expect(nodes.split('\n').find((line) => line.startsWith('contract:formula,'))).toBe(
      `contract:formula,Contract,'=cmd|' /C calc'!A0,"'+SUM(1,2); @A1",'-1+1,,,,,,,,,,,,,''quoted,,,,,,`,
    );
    expect(await (await download('nodes.csv')).text()).toBe(nodes);

    const deleted = await admin()('mutation { deleteNode(id: "contract:formula") }');
    expect(deleted.errors).toBeUndefined();
    const imported = await admin()<{ importGraph: { summary: { created: number } } }>(
      'mutation($files: [FileInput!]!) { importGraph(format: CSV, files: $files) { summary { created } } }',
      { files: exported.data!.exportGraph },
    );
    expect(imported.data?.importGraph.summary.created).toBe(1);
    const back = await admin()<{ node: Record<string, unknown> }>(
      '{ node(id: "contract:formula") { name aliases description ... on Contract { supplier } } }',
    );
    const { kind: _kind, id: _id, ...values } = formulas;
    expect(back.data?.node).toEqual(values);
  });
});
