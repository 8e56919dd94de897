// Work bounded by what it costs, through GraphQL over HTTP: the abusive operations of issue #21
// (aliased deep neighbourhoods with long histories per node, aliased whole-graph exports) are
// refused before any resolver runs; exportGraph answers small graphs only and points bigger ones
// at the download; a query that outruns its time budget is stopped with its own code.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_GRAPHQL_OPTIONS } from '../../server/src/api/graphql-server.js';
import { post, startHarness, type Harness } from './server-harness.js';

const aliased = (n: number, field: string) =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

const HISTORIES = aliased(
  15,
  'neighbourhood(id: "system:kpsn", depth: 4, limit: 2000) { nodes { id name history(first: 500) { edges { node { version at action } } } } }',
);

type Extensions = { code?: string; cost?: number; maxCost?: number; budgetMs?: number };
const firstError = (reply: Awaited<ReturnType<typeof post>>) =>
  reply.body.errors?.[0] as { message: string; extensions?: Extensions } | undefined;

describe('cost limit at the default weights', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h?.close());

  it('refuses 15 aliased depth-4 neighbourhoods with 500 changes of history per node, naming both figures', async () => {
    const reply = await post(h.server.graphqlUrl, { query: HISTORIES });
    expect(reply.status).toBe(400);
    const error = firstError(reply)!;
    expect(error.extensions?.code).toBe('COST_LIMIT_EXCEEDED');
    expect(error.extensions?.maxCost).toBe(DEFAULT_GRAPHQL_OPTIONS.maxCost);
    expect(error.extensions?.cost).toBeGreaterThan(1_000_000);
    expect(error.message).toMatch(/would cost \d+ and the limit is 100000/);
    expect(reply.body.data).toBeUndefined();
  });

  it('weighs arguments given as variables alike', async () => {
    const reply = await post(h.server.graphqlUrl, {
      query:
        'query($d: Int!, $l: Int!, $f: Int!) { neighbourhood(id: "system:kpsn", depth: $d, limit: $l) { nodes { history(first: $f) { edges { node { at } } } } } }',
      variables: { d: 4, l: 2000, f: 500 },
    });
    expect(firstError(reply)?.extensions?.code).toBe('COST_LIMIT_EXCEEDED');
  });

  it('weighs each set of variables of one document anew (costs are kept per document and variables)', async () => {
    const query =
      'query($d: Int!, $l: Int!, $f: Int!) { neighbourhood(id: "system:kpsn", depth: $d, limit: $l) { nodes { history(first: $f) { edges { node { at } } } } } }';
    const small = { d: 1, l: 10, f: 1 };
    const big = { d: 4, l: 2000, f: 500 };
    for (const variables of [small, big, small, big]) {
      const reply = await post(h.server.graphqlUrl, { query, variables });
      if (variables === big) expect(firstError(reply)?.extensions?.code).toBe('COST_LIMIT_EXCEEDED');
      else expect(reply.body.errors).toBeUndefined();
    }
  });

  it('refuses 10 aliased whole-graph exports, and answers one', async () => {
    const ten = await post(h.server.graphqlUrl, { query: aliased(10, 'exportGraph(format: JSON) { text }') });
    expect(firstError(ten)?.extensions?.code).toBe('COST_LIMIT_EXCEEDED');
    const one = await post(h.server.graphqlUrl, { query: '{ exportGraph(format: JSON) { name } }' });
    expect(one.body.errors).toBeUndefined();
    expect(one.body.data).toEqual({ exportGraph: [{ name: 'graph.json' }] });
  });

  it('refuses a costly write before writing anything', async () => {
    const reply = await post(h.server.graphqlUrl, {
      query:
        'mutation { applyChanges(changes: { nodes: [{ kind: Partner, id: "partner:costly", name: "Costly" }] }) { changes(first: 200000) { at } } }',
    });
    expect(firstError(reply)?.extensions?.code).toBe('COST_LIMIT_EXCEEDED');
    const after = await post(h.server.graphqlUrl, { query: '{ nodes(ids: ["partner:costly"]) { id } }' });
    expect(firstError(after)?.extensions?.code).toBe('NOT_FOUND');
  });

  it("answers the page's heaviest query: a node's detail with every relationship of 2,000 neighbours", async () => {
    const reply = await post(h.server.graphqlUrl, {
      query: `{ neighbourhood(id: "system:kpsn", depth: 1, limit: 2000) { truncated nodes { id kind name }
        relationships { id type from to impact note fallback redundancy { group k } provenance { document section quote } } } }`,
    });
    expect(reply.body.errors).toBeUndefined();
    expect(reply.body.data?.neighbourhood).toBeTruthy();
  });
});

describe('exportGraph on a graph bigger than its limit', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ graphql: { exportMaxElements: 5 } });
  });
  afterAll(() => h?.close());

  it('refuses with EXPORT_TOO_LARGE, pointing at the download endpoint and the CLI', async () => {
    const reply = await post(h.server.graphqlUrl, { query: '{ exportGraph(format: CSV) { name text } }' });
    const error = firstError(reply)!;
    expect(error.extensions?.code).toBe('EXPORT_TOO_LARGE');
    expect(error.message).toMatch(/more than the 5 that exportGraph answers/);
    expect(error.message).toContain('GET /export/graph.json');
    expect(error.message).toContain('npm run cli -- export');
    const download = await fetch(`${h.server.url}/export/nodes.csv`);
    expect(download.status).toBe(200);
    expect((await download.text()).split('\n').length).toBeGreaterThan(6);
  });
});

describe('time budget', () => {
  let h: Harness;
  beforeAll(async () => {
    // One millisecond: every query that reads the store outruns it.
    h = await startHarness({ graphql: { timeBudgetMs: 1, maxCost: 100_000_000 } });
  });
  afterAll(() => h?.close());

  it('stops a query that outruns its budget with TIME_BUDGET_EXCEEDED and no data', async () => {
    const reply = await post(h.server.graphqlUrl, { query: HISTORIES });
    const error = firstError(reply)!;
    expect(error.extensions?.code).toBe('TIME_BUDGET_EXCEEDED');
    expect(error.extensions?.budgetMs).toBe(1);
    expect(error.message).toMatch(/ran past its time budget of 1 ms and was stopped/);
    expect(reply.body.data).toBeNull();
  });

  it('never cuts a write short: the batch commits and is answered', async () => {
    const reply = await post(h.server.graphqlUrl, {
      query:
        'mutation { applyChanges(changes: { nodes: [{ kind: Partner, id: "partner:timed", name: "Timed" }] }) { created } }',
    });
    expect(reply.body.errors).toBeUndefined();
    expect(reply.body.data).toEqual({ applyChanges: { created: 1 } });
  });
});
