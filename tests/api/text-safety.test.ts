// Unsafe text refused at the API, through every write path (a node's upsert, a batch with a
// relationship, an import): BAD_USER_INPUT naming the field, and nothing written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/src/app/http-server.js';
import { parseBatch } from '../../server/src/domain/metamodel/index.js';
import { everyKind } from '../fixtures/graphs.js';
import { graphqlClient, openTempStore, startTestServer, type TempStore } from '../fixtures/test-server.js';

describe('text checked at the boundary', () => {
  let temp: TempStore;
  let server: RunningServer;
  const gql = <T>(query: string, variables: Record<string, unknown> = {}) =>
    graphqlClient(server.graphqlUrl)<T>(query, variables);
  const version = async () =>
    (await gql<{ counts: { graphVersion: number; nodes: number } }>('{ counts { graphVersion nodes } }'))
      .data!.counts;

  beforeAll(async () => {
    temp = await openTempStore();
    await temp.store.applyBatch(parseBatch(everyKind));
    server = await startTestServer(temp.store);
  });
  afterAll(async () => {
    await server?.close();
    await temp?.close();
  });

  it.each([
    ['a NUL in the name', { name: 'Payroll\u0000' }, 'name', /control character, U\+0000/],
    ['a right-to-left override in an alias', { aliases: ['ok', 'lortnoc\u202E'] }, 'aliases.1', /U\+202E/],
    ['a lone surrogate in the description', { description: 'half \ud83d' }, 'description', /surrogate/],
    [
      'an isolate in a provenance quote',
      { provenance: [{ document: 'd.pdf', section: '1', quote: '\u2067q' }] },
      'provenance.0.quote',
      /U\+2067/,
    ],
    ['an escape in a kind field', { supplier: '\u001b[2J' }, 'supplier', /U\+001B/],
  ])('refuses %s on createNode, naming the field, writing nothing', async (_what, fields, field, reason) => {
    const before = await version();
    const res = await gql('mutation($n: NodeInput!) { createNode(node: $n) { id } }', {
      n: { kind: 'Contract', id: 'contract:payroll', name: 'Payroll', ...fields },
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const issue = res.errors?.[0]?.extensions?.issues?.find((i) => i.path.endsWith(field));
    expect(issue?.message).toMatch(reason);
    expect(await version()).toEqual(before);
    const found = await gql('{ nodes(ids: ["contract:payroll"]) { id } }');
    expect(found.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses a control character in a relationship note within a batch: none of the batch is written', async () => {
    const before = await version();
    const res = await gql('mutation($c: ChangesInput!) { applyChanges(changes: $c) { created } }', {
      c: {
        nodes: [{ kind: 'Site', id: 'site:new', name: 'New site' }],
        relationships: [{ from: 'system:kpsn', type: 'HOSTED_AT', to: 'site:new', note: 'bell\u0007' }],
      },
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.issues).toEqual([
      { path: 'relationships.0.note', message: expect.stringMatching(/U\+0007/) },
    ]);
    expect(await version()).toEqual(before);
  });

  it('refuses unsafe text in an imported file, naming the place in the file, importing nothing', async () => {
    const before = await version();
    const text = JSON.stringify({
      format: 'architecture-explorer/snapshot',
      version: 1,
      nodes: [
        { kind: 'Site', id: 'site:fine', name: 'Fine' },
        { kind: 'Site', id: 'site:bad', name: 'Bad', description: 'evil\u202Etxt.exe' },
      ],
      relationships: [],
    });
    const res = await gql(
      'mutation($files: [FileInput!]!) { importGraph(format: JSON, files: $files) { summary { created } } }',
      { files: [{ name: 'sites.json', text }] },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.issues).toEqual([
      { path: 'sites.json nodes[1] (site:bad): description', message: expect.stringMatching(/U\+202E/) },
    ]);
    expect(await version()).toEqual(before);
  });
});
