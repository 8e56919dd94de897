// What one request may ask and what every response carries: security headers and CSP, CSRF
// prevention, body size, depth, cost and alias limits, introspection off, and in production no
// internal messages or stack traces.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { post, startHarness, type Harness } from './server-harness.js';

const deep = (levels: number) => {
  let selection = 'id';
  for (let i = 0; i < levels; i++)
    selection = `impact(events: [{ type: NODE_FAILS, id: "system:kpsn" }]) { affected { edges { node { explanation { node { ${selection} } } } } } }`;
  return `{ ${selection} }`;
};

describe('limits and headers (development settings)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ graphql: { maxDepth: 10, maxCost: 5_000 } });
  });
  afterAll(() => h?.close());

  it('serves the page with security headers and a strict Content-Security-Policy', async () => {
    const res = await fetch(h.server.url);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('strict-transport-security')).toBeTruthy();
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('prevents cross-site request forgery: simple requests and GET mutations are refused', async () => {
    const simple = await fetch(h.server.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: 'mutation { deleteNode(id: "system:kpsn") }' }),
    });
    expect(simple.status).toBe(400);
    const get = await fetch(
      `${h.server.graphqlUrl}?query=${encodeURIComponent('mutation { deleteNode(id: "system:kpsn") }')}`,
      {
        headers: { 'apollo-require-preflight': 'true' },
      },
    );
    expect(get.status).toBe(405);
    expect(
      (await post(h.server.graphqlUrl, { query: '{ node(id: "system:kpsn") { id } }' })).body.data,
    ).toBeTruthy();
  });

  it('refuses a body over the limit with 413', async () => {
    const res = await fetch(h.server.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ counts { nodes } }',
        variables: { pad: 'x'.repeat(26 * 1024 * 1024) },
      }),
    });
    expect(res.status).toBe(413);
  });

  it('refuses operations past the depth, cost or alias limits before running them', async () => {
    const tooDeep = await post(h.server.graphqlUrl, { query: deep(3) });
    expect(tooDeep.status).toBe(400);
    expect(tooDeep.body.errors?.[0]?.message).toMatch(/depth/i);
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: counts { nodes }`).join(' ');
    const tooManyAliases = await post(h.server.graphqlUrl, { query: `{ ${aliases} }` });
    expect(tooManyAliases.status).toBe(400);
    expect(tooManyAliases.body.errors?.[0]?.message).toMatch(/alias/i);
    // The cost rule weighs list arguments: twenty pages of a hundred cost more than the limit.
    const costly = Array.from(
      { length: 20 },
      (_, i) => `s${i}: search(text: "", first: 100) { edges { node { id name } } }`,
    ).join(' ');
    const tooCostly = await post(h.server.graphqlUrl, { query: `{ ${costly} }` });
    expect(tooCostly.status).toBe(400);
    expect(tooCostly.body.errors?.[0]?.message).toMatch(/cost/i);
  });

  it('caps page sizes', async () => {
    const reply = await post(h.server.graphqlUrl, {
      query: '{ search(text: "", first: 101) { totalCount } }',
    });
    expect(reply.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(reply.body.errors?.[0]?.message).toMatch(/first/);
  });
});

describe('in production', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ production: true, graphql: { introspection: false } });
  });
  afterAll(() => h?.close());

  it('turns introspection off', async () => {
    const reply = await post(h.server.graphqlUrl, { query: '{ __schema { types { name } } }' });
    expect(reply.body.errors?.[0]?.message).toMatch(/introspection/i);
  });

  it('says the store is unavailable without its details, and never sends a stack trace', async () => {
    await h.store.close(); // every later read finds the database closed
    const reply = await post(h.server.graphqlUrl, { query: '{ node(id: "system:kpsn") { id } }' });
    expect(reply.status).toBe(503);
    expect(reply.body.errors).toEqual([
      {
        message: 'the store (ladybug) is unavailable: try again shortly (the server log has the details)',
        locations: [{ line: 1, column: 3 }],
        path: ['node'],
        extensions: { code: 'STORE_UNAVAILABLE' },
      },
    ]);
    expect(JSON.stringify(reply.body)).not.toContain(h.dir);
    const typed = await post(h.server.graphqlUrl, {
      query: '{ search(text: "", first: 101) { totalCount } }',
    });
    expect(JSON.stringify(typed.body)).not.toMatch(/stacktrace|\s+at\s/);
  });
});
