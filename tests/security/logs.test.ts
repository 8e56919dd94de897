// What the server writes to its log, read back from a real server on loopback: no token at any
// level, one short line per request (method, path, status, duration, id) unless LOG_LEVEL=debug,
// the GraphQL outcome on the request's line, and request ids that cannot be abused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../server/src/app/logger.js';
import { post, startHarness, TOKEN_ENTRIES, TOKENS, type Harness } from './server-harness.js';

type Line = Record<string, unknown> & { msg?: string };

/** A logger whose lines the test reads. */
function captured(level: string) {
  const text: string[] = [];
  const logger = createLogger(level, { write: (line: string) => void text.push(line) });
  return {
    logger,
    text: () => text.join(''),
    lines: (): Line[] => text.map((l) => JSON.parse(l) as Line),
  };
}

const auth = { mode: 'tokens' as const, tokens: TOKEN_ENTRIES, readAccess: 'token' as const };

describe.each(['info', 'debug'])('logs at LOG_LEVEL=%s', (level) => {
  let h: Harness;
  const log = captured(level);
  beforeAll(async () => {
    h = await startHarness({ auth, logger: log.logger });
  });
  afterAll(() => h?.close());

  it('never holds a bearer token, a cookie or a token quoted in a message', async () => {
    const reply = await post(
      h.server.graphqlUrl,
      { query: '{ node(id: "system:kpsn") { id } }' },
      { authorization: `Bearer ${TOKENS.editor}`, cookie: 'session=cookie-secret-42' },
    );
    expect(reply.body.data).toBeTruthy();
    // A wrong token, too, and one sent where a header value is echoed by a refusal.
    await post(
      h.server.graphqlUrl,
      { query: '{ counts { nodes } }' },
      { authorization: 'Bearer wrong-secret-token-77' },
    );
    // The logger itself masks anything shaped like a credential, wherever it is written.
    log.logger.warn(`a caller sent Authorization: Bearer ${TOKENS.admin} in a message`);
    log.logger.info({ config: { uri: 'bolt://neo4j:db-password-9@db:7687' } }, 'connecting');
    const text = log.text();
    expect(text.length).toBeGreaterThan(0);
    for (const secret of [
      TOKENS.editor,
      TOKENS.admin,
      'wrong-secret-token-77',
      'cookie-secret-42',
      'db-password-9',
    ])
      expect(text).not.toContain(secret);
    expect(text).toContain('[redacted]');
  });

  it('logs each request on one line with method, path, status, duration and id', async () => {
    const res = await fetch(`${h.server.url}/healthz?probe=1`, { headers: { 'x-request-id': 'probe-1' } });
    expect(res.headers.get('x-request-id')).toBe('probe-1');
    const line = log.lines().find((l) => (l.req as { id?: string } | undefined)?.id === 'probe-1');
    expect(line).toBeDefined();
    expect(line).toMatchObject({
      req: { id: 'probe-1', method: 'GET' },
      res: { statusCode: 200 },
      msg: 'request completed',
    });
    expect(typeof line!.responseTime).toBe('number');
    if (level === 'info') {
      expect(line!.req).toEqual({ id: 'probe-1', method: 'GET', path: '/healthz' });
      expect(line!.res).toEqual({ statusCode: 200 });
      expect(JSON.stringify(line).length).toBeLessThan(400);
    } else {
      // Debug keeps the headers (credentials still masked) and the query string.
      expect((line!.req as { headers?: unknown }).headers).toBeTruthy();
      expect((line!.req as { url?: string }).url).toBe('/healthz?probe=1');
    }
  });

  it('replaces a request id that is too long or not plain', async () => {
    for (const given of ['x'.repeat(65), 'id with spaces', 'id\u202Eevil']) {
      const res = await fetch(`${h.server.url}/healthz`, {
        headers: { 'x-request-id': encodeURI(given) === given ? given : encodeURIComponent(given) },
      });
      const id = res.headers.get('x-request-id') ?? '';
      expect(id).not.toBe(given);
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});

describe('first start', () => {
  it('says what it loaded in one short line', async () => {
    const { startApp } = await import('../../server/src/app/start.js');
    const { loadConfig } = await import('../../server/src/app/config.js');
    const fs = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-first-start-'));
    const log = captured('info');
    const app = await startApp(
      loadConfig({ DATA_DIR: dir, PORT: '0', CLIENT_DIR: dir, AUTH_MODE: 'development' }),
      log.logger,
    );
    try {
      const loaded = log.lines().filter((l) => /loaded the Kent dataset/.test(l.msg ?? ''));
      expect(loaded).toHaveLength(1);
      expect(loaded[0]!.msg).toMatch(/: \d+ nodes and relationships$/);
      expect(JSON.stringify(loaded[0]).length).toBeLessThan(300);
      // Nothing else at start-up is long either: no line carries the seeded records.
      for (const line of log.text().split('\n')) expect(line.length).toBeLessThan(1000);
    } finally {
      await app.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
