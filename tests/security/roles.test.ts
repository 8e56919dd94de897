// The role matrix: each role (and no token, and a wrong token) × each class of operation,
// allowed or refused with the right code, through GraphQL over HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, ConfigError } from '../../server/src/app/config.js';
import { post, startHarness, TOKEN_ENTRIES, TOKENS, type Harness } from './server-harness.js';

const OPERATIONS = {
  read: { query: '{ node(id: "system:kpsn") { id } counts { nodes } }' },
  whatIf: { query: '{ impact(events: [{ type: NODE_FAILS, id: "site:gun-wharf" }]) { totalAffected } }' },
  export: { query: '{ exportGraph(format: JSON) { name } }' },
  edit: {
    query:
      'mutation { applyChanges(changes: { nodes: [{ kind: Partner, id: "partner:x", name: "X" }] }, dryRun: true) { created } }',
  },
  editNode: {
    query: 'mutation { updateNode(node: { kind: Site, id: "site:gun-wharf", name: "Gun Wharf" }) { id } }',
  },
  scenario: {
    query:
      'mutation { saveScenario(input: { id: "s1", name: "S", events: [{ type: NODE_FAILS, id: "system:kpsn" }] }) { id } }',
  },
  import: {
    query:
      'mutation($t: String!) { importGraph(format: JSON, files: [{ name: "g.json", text: $t }], dryRun: true) { summary { dryRun } } }',
    variables: {
      t: JSON.stringify({
        format: 'architecture-explorer/snapshot',
        version: 1,
        nodes: [],
        relationships: [],
      }),
    },
  },
} as const;
type Operation = keyof typeof OPERATIONS;
type Who = 'none' | 'wrong' | keyof typeof TOKENS;

const bearer = (who: Who): Record<string, string> =>
  who === 'none' ? {} : { authorization: `Bearer ${who === 'wrong' ? 'not-a-token' : TOKENS[who]}` };

async function outcome(h: Harness, who: Who, op: Operation): Promise<string> {
  const reply = await post(h.server.graphqlUrl, OPERATIONS[op], bearer(who));
  const code = reply.body.errors?.[0]?.extensions?.code;
  if (!code) return 'ok';
  return reply.status === 401 ? `401 ${code}` : code;
}

function matrix(expected: Record<Who, Partial<Record<Operation, string>> & { default: string }>) {
  const rows: [Who, Operation, string][] = [];
  for (const [who, row] of Object.entries(expected) as [Who, Record<string, string>][]) {
    for (const op of Object.keys(OPERATIONS) as Operation[]) rows.push([who, op, row[op] ?? row.default!]);
  }
  return rows;
}

describe('roles, with tokens and reads gated', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ auth: { mode: 'tokens', tokens: TOKEN_ENTRIES, readAccess: 'token' } });
  });
  afterAll(() => h?.close());

  it.each(
    matrix({
      none: { default: '401 UNAUTHENTICATED' },
      wrong: { default: '401 UNAUTHENTICATED' },
      viewer: { default: 'FORBIDDEN', read: 'ok', whatIf: 'ok', export: 'ok' },
      editor: { default: 'ok', import: 'FORBIDDEN' },
      admin: { default: 'ok' },
    }),
  )('%s × %s → %s', async (who, op, expected) => {
    expect(await outcome(h, who, op)).toBe(expected);
  });

  it('tells the page who is asking and what they may do', async () => {
    const me = async (who: Who) =>
      (
        await post(
          h.server.graphqlUrl,
          { query: '{ me { name role development canEdit canImport } }' },
          bearer(who),
        )
      ).body.data;
    expect(await me('viewer')).toEqual({
      me: { name: 'viewer-user', role: 'viewer', development: false, canEdit: false, canImport: false },
    });
    expect(await me('editor')).toEqual({
      me: { name: 'editor-user', role: 'editor', development: false, canEdit: true, canImport: false },
    });
    expect(await me('admin')).toEqual({
      me: { name: 'admin-user', role: 'admin', development: false, canEdit: true, canImport: true },
    });
  });

  it('records the token holder as the author of a change', async () => {
    await post(
      h.server.graphqlUrl,
      {
        query: 'mutation { createNode(node: { kind: Partner, id: "partner:new-one", name: "New" }) { id } }',
      },
      bearer('editor'),
    );
    const reply = await post(
      h.server.graphqlUrl,
      { query: '{ history(subject: "partner:new-one") { edges { node { actor } } } }' },
      bearer('viewer'),
    );
    expect(reply.body.data).toEqual({ history: { edges: [{ node: { actor: 'editor-user' } }] } });
  });
});

describe('roles, with open reads', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ auth: { mode: 'tokens', tokens: TOKEN_ENTRIES, readAccess: 'open' } });
  });
  afterAll(() => h?.close());

  it.each(
    matrix({
      none: { default: 'FORBIDDEN', read: 'ok', whatIf: 'ok', export: 'ok' },
      wrong: { default: '401 UNAUTHENTICATED' },
      viewer: { default: 'FORBIDDEN', read: 'ok', whatIf: 'ok', export: 'ok' },
      editor: { default: 'ok', import: 'FORBIDDEN' },
      admin: { default: 'ok' },
    }),
  )('%s × %s → %s', async (who, op, expected) => {
    expect(await outcome(h, who, op)).toBe(expected);
  });
});

describe('development mode', () => {
  it('lets everyone do everything, and says so on every response', async () => {
    const h = await startHarness();
    try {
      expect(await outcome(h, 'none', 'import')).toBe('ok');
      const res = await fetch(`${h.server.url}/healthz`);
      expect(res.headers.get('x-explorer-auth')).toBe('development');
    } finally {
      await h.close();
    }
  });

  it('is refused when NODE_ENV=production, and production needs tokens', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', AUTH_MODE: 'development' })).toThrow(
      /AUTH_MODE.*refused/,
    );
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production', API_TOKENS: 'ops:root:abc' })).toThrow(
      /role must be one of/,
    );
    const config = loadConfig({ NODE_ENV: 'production', API_TOKENS: `ops:admin:${'a'.repeat(64)}` });
    // Reads are closed in production unless READ_ACCESS=open says otherwise.
    expect(config.auth).toEqual({
      mode: 'tokens',
      readAccess: 'token',
      tokens: [{ name: 'ops', role: 'admin', sha256: 'a'.repeat(64) }],
    });
    expect(config.graphql.introspection).toBe(false);
  });
});
