// GraphQL over HTTP compliance: the graphql-http package's server audit against the running
// server. Every MUST passes; the SHOULDs that do not are listed here with the reason.
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './server-harness.js';

/** SHOULDs Apollo Server answers differently, and why we accept it. */
const APOLLO_400 =
  'Apollo Server answers request errors (parse, validation, variable coercion) with 400 whatever the ' +
  'Accept header; the body is still a well-formed GraphQL response with the errors, which clients read. ' +
  'The spec keeps 200 for legacy application/json clients only as a SHOULD.';
const ACCEPTED_SHOULD_FAILURES: Record<string, string> = {
  'SHOULD use 200 status code on document parsing failure when accepting application/json': APOLLO_400,
  'SHOULD use 200 status code on document validation failure when accepting application/json': APOLLO_400,
  'SHOULD use a status code of 200 on variable coercion failure when accepting application/json': APOLLO_400,
};

describe('GraphQL over HTTP audit', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h?.close());

  it('passes every MUST; SHOULD failures are known and explained', async () => {
    const results = await Promise.all(
      serverAudits({ url: h.server.graphqlUrl }).map(async (audit) => ({ audit, result: await audit.fn() })),
    );
    const failed = results.filter((r) => r.result.status !== 'ok');
    const must = failed.filter((r) => r.audit.name.startsWith('MUST'));
    const should = failed.filter((r) => r.audit.name.startsWith('SHOULD'));
    for (const r of failed.filter((f) => !f.audit.name.startsWith('MUST')))
      console.log(
        `[graphql-http] ${r.result.status}: ${r.audit.name}: ${'reason' in r.result ? r.result.reason : ''}`,
      );
    expect(must.map((r) => `${r.audit.name}: ${'reason' in r.result ? r.result.reason : ''}`)).toEqual([]);
    expect(should.map((r) => r.audit.name).filter((name) => !(name in ACCEPTED_SHOULD_FAILURES))).toEqual([]);
  });
});
