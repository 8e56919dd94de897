// How the server says no, through HTTP on loopback: JSON errors everywhere (never an HTML page),
// a too-large body that names the limit and the command line, quoted input cut short, XML that
// could attack the parser refused with its line and reason, a bad `since` named, suggestions
// hidden in production, reads closed by default in production, and a store that goes away.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/src/app/config.js';
import { createLogger } from '../../server/src/app/logger.js';
import { post, startHarness, TOKEN_ENTRIES, TOKENS, type Harness } from './server-harness.js';

type Issue = { path: string; message: string };
const issuesOf = (reply: Awaited<ReturnType<typeof post>>) =>
  ((reply.body.errors?.[0]?.extensions as { issues?: Issue[] } | undefined)?.issues ?? []) as Issue[];

const IMPORT = `mutation($t: String!) {
  importGraph(format: ARCHIMATE, files: [{ name: "model.xml", text: $t }]) { summary { created } }
}`;
const archimate = (doctype: string, name: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n${doctype}\n` +
  `<model xmlns="http://www.opengroup.org/xsd/archimate/3.0/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" identifier="m">\n` +
  `  <name>m</name>\n  <elements>\n` +
  `    <element identifier="e1" xsi:type="ApplicationComponent"><name>${name}</name></element>\n` +
  `  </elements>\n</model>\n`;
const laughs =
  '<!DOCTYPE model [<!ENTITY lol "lol">' +
  Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('') +
  ']>';

describe('errors (development settings)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h?.close());

  it('answers JSON for paths and methods nothing serves, and the page for page paths', async () => {
    for (const [method, path] of [
      ['POST', '/no/such/thing'],
      ['GET', '/assets/missing-1234.js'],
      ['DELETE', '/healthz'],
    ] as const) {
      const res = await fetch(`${h.server.url}${path}`, { method });
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/application\/json/);
      const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
      expect(body.errors[0]!.message).toContain(path);
    }
    // A path the page does not route gets the page (it shows "not found"), with a 404 status.
    const unknown = await fetch(`${h.server.url}/no/such/page`);
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain('<title>Explorer</title>');
    const page = await fetch(`${h.server.url}/contracts`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Explorer</title>');
  });

  it('answers malformed JSON with a JSON error, not an HTML page', async () => {
    const res = await fetch(h.server.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: `{"query": "{ counts { nodes } }", ${'x'.repeat(5000)}`,
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('BAD_REQUEST');
    expect(body.errors[0]!.message).toMatch(/not JSON/);
    expect(body.errors[0]!.message.length).toBeLessThan(2100);
  });

  it('answers an oversized body with a GraphQL-shaped error naming the limit and the command line', async () => {
    const res = await fetch(h.server.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ counts { nodes } }',
        variables: { pad: 'x'.repeat(26 * 1024 * 1024) },
      }),
    });
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    const body = (await res.json()) as {
      errors: { message: string; extensions: { code: string; limitBytes: number } }[];
    };
    expect(body.errors[0]!.extensions).toEqual({ code: 'PAYLOAD_TOO_LARGE', limitBytes: 25 * 1024 * 1024 });
    expect(body.errors[0]!.message).toMatch(/over the limit of 25\.0 MB/);
    expect(body.errors[0]!.message).toContain('npm run cli -- import');
  });

  it('quotes at most a hundred characters of a bad value', async () => {
    const huge = 'y'.repeat(1_000_000);
    const coerced = await post(h.server.graphqlUrl, {
      query: 'query($n: Int) { search(text: "kpsn", first: $n) { totalCount } }',
      variables: { n: huge },
    });
    const notFound = await post(h.server.graphqlUrl, {
      query: 'query($id: ID!) { node(id: $id) { id } }',
      variables: { id: `system:${'z'.repeat(1_000_000)}` },
    });
    for (const reply of [coerced, notFound]) {
      const text = JSON.stringify(reply.body);
      expect(reply.body.errors?.length).toBeGreaterThan(0);
      expect(text.length).toBeLessThan(5000);
      expect(text).not.toMatch(/[yz]{101}/);
    }
    expect(coerced.body.errors![0]!.message).toMatch(/\(1000000 characters\)/);
  });

  it.each([
    [
      'an external entity (XXE)',
      archimate('<!DOCTYPE model [<!ENTITY x SYSTEM "file:///etc/passwd">]>', '&x;'),
    ],
    ['billion laughs', archimate(laughs, '&lol9;')],
    ['a large entity', archimate(`<!DOCTYPE model [<!ENTITY big "${'b'.repeat(50_000)}">]>`, '&big;')],
  ])('refuses %s: BAD_USER_INPUT naming line 2 and why, nothing written', async (_, xml) => {
    const before = await h.store.countByKind();
    const reply = await post(h.server.graphqlUrl, { query: IMPORT, variables: { t: xml } });
    expect(reply.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const [issue] = issuesOf(reply);
    expect(issue?.path).toBe('line 2, column 1');
    expect(issue?.message).toMatch(/document type declaration/);
    expect(await h.store.countByKind()).toEqual(before);
  });

  it('refuses undefined entities (no node named "&lol9;") and deep nesting, with the line', async () => {
    const undefinedEntity = await post(h.server.graphqlUrl, {
      query: IMPORT,
      variables: { t: archimate('', '&lol9;') },
    });
    expect(undefinedEntity.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(issuesOf(undefinedEntity)[0]).toMatchObject({
      path: expect.stringMatching(/^line 6, column \d+$/),
    });
    expect(issuesOf(undefinedEntity)[0]?.message).toMatch(/&lol9; is not defined/);
    const deep = `<?xml version="1.0"?>\n<model>\n${'<a>\n'.repeat(5000)}${'</a>'.repeat(5000)}</model>`;
    const nested = await post(h.server.graphqlUrl, { query: IMPORT, variables: { t: deep } });
    expect(nested.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(issuesOf(nested)[0]).toEqual({
      path: 'line 102, column 1',
      message: expect.stringMatching(/nested more than 100 deep/),
    });
    const search = await post(h.server.graphqlUrl, { query: '{ search(text: "lol9") { totalCount } }' });
    expect(search.body.data).toEqual({ search: { totalCount: 0 } });
  });

  it('refuses history since a word, naming the field; takes a date or a date and time', async () => {
    const bad = await post(h.server.graphqlUrl, {
      query: '{ history(since: "yesterday") { edges { node { action } } } }',
    });
    expect(bad.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(issuesOf(bad)[0]).toMatchObject({ path: 'since', message: expect.stringMatching(/date/) });
    for (const since of ['2020-01-01', '2020-01-01T09:30:00+01:00']) {
      const good = await post(h.server.graphqlUrl, {
        query: 'query($s: String) { history(since: $s) { edges { node { action } } } }',
        variables: { s: since },
      });
      expect(good.body.errors).toBeUndefined();
      expect(
        (good.body.data as { history: { edges: { node: unknown }[] } }).history.edges.map((e) => e.node)
          .length,
      ).toBeGreaterThan(0);
    }
    const future = await post(h.server.graphqlUrl, {
      query: '{ history(since: "2999-01-01") { edges { node { action } } } }',
    });
    expect(future.body.data).toEqual({ history: { edges: [] } });
  });

  it('suggests field and enum names in development', async () => {
    const reply = await post(h.server.graphqlUrl, {
      query: '{ impact(events: [{ type: NODE_FAIL, id: "system:kpsn" }]) { totalAffected } cont { nodes } }',
    });
    expect(JSON.stringify(reply.body.errors)).toMatch(/Did you mean/);
  });
});

describe('errors (production settings)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({
      production: true,
      auth: loadConfig({
        NODE_ENV: 'production',
        API_TOKENS: TOKEN_ENTRIES.map((t) => `${t.name}:${t.role}:${t.sha256}`).join(','),
      }).auth,
    });
  });
  afterAll(() => h?.close());
  const viewer = { authorization: `Bearer ${TOKENS.viewer}` };

  it('needs a token for reads unless READ_ACCESS=open is set', async () => {
    const anonymous = await post(h.server.graphqlUrl, { query: '{ counts { nodes } }' });
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(anonymous.body.data ?? null).toBeNull();
    const withToken = await post(h.server.graphqlUrl, { query: '{ counts { nodes } }' }, viewer);
    expect(withToken.body.data).toBeTruthy();
    const open = loadConfig({
      NODE_ENV: 'production',
      READ_ACCESS: 'open',
      API_TOKENS: TOKEN_ENTRIES.map((t) => `${t.name}:${t.role}:${t.sha256}`).join(','),
    });
    expect(open.auth).toMatchObject({ mode: 'tokens', readAccess: 'open' });
  });

  it('hides field and enum suggestions', async () => {
    const reply = await post(
      h.server.graphqlUrl,
      {
        query:
          '{ impact(events: [{ type: NODE_FAIL, id: "system:kpsn" }]) { totalAffected } cont { nodes } }',
      },
      viewer,
    );
    expect(reply.body.errors?.length).toBeGreaterThan(0);
    expect(JSON.stringify(reply.body.errors)).not.toMatch(/Did you mean|NODE_FAILS|counts/);
  });

  it('answers an unexpected server error as JSON without its message', async () => {
    const res = await fetch(`${h.server.url}/no/such/thing`, { method: 'PUT', headers: viewer });
    expect(res.status).toBe(404);
    expect(((await res.json()) as { errors: unknown[] }).errors).toHaveLength(1);
  });
});

describe('a store that goes away', () => {
  it('answers STORE_UNAVAILABLE, logs it with the request id, and /readyz says only "unavailable"', async () => {
    const lines: string[] = [];
    const logger = createLogger('info', { write: (line: string) => void lines.push(line) });
    const h = await startHarness({ logger });
    try {
      await h.store.close();
      const reply = await post(
        h.server.graphqlUrl,
        { query: '{ counts { nodes } }' },
        { 'x-request-id': 'after-close-1' },
      );
      expect(reply.status).toBe(503);
      expect(reply.body.errors?.[0]?.extensions?.code).toBe('STORE_UNAVAILABLE');
      expect(reply.body.errors?.[0]?.message).toMatch(/\[store\/ladybug\] the database .* is closed/);
      const logged = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(logged).toContainEqual(
        expect.objectContaining({ reqId: 'after-close-1', code: 'STORE_UNAVAILABLE', store: 'ladybug' }),
      );
      // The request's own line carries the outcome: an error, not a bare success.
      expect(logged).toContainEqual(
        expect.objectContaining({
          level: 50,
          msg: 'request failed',
          graphqlErrors: ['STORE_UNAVAILABLE'],
          req: expect.objectContaining({ id: 'after-close-1' }),
        }),
      );
      const ready = await fetch(`${h.server.url}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: 'unavailable' });
      expect(lines.some((l) => l.includes('not ready') && l.includes('is closed'))).toBe(true);
    } finally {
      await h.close();
    }
  });
});
