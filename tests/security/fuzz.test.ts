// Property-based fuzzing through GraphQL over HTTP: random mutation inputs and random
// documents and variables. Never a 500, every error typed, never a partial write.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NODE_KINDS, RELATIONSHIP_TYPES } from '../../server/src/domain/metamodel/index.js';
import { post, startHarness, type GraphqlReply, type Harness } from './server-harness.js';

const TYPED = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

function expectTyped(reply: GraphqlReply): void {
  expect(reply.status, JSON.stringify(reply.body)).toBeLessThan(500);
  for (const error of reply.body.errors ?? []) {
    expect(TYPED.has(error.extensions?.code ?? ''), JSON.stringify(error)).toBe(true);
  }
}

const ids = fc.oneof(
  fc.constantFrom('system:kpsn', 'site:gun-wharf', 'contract:kpsn-unisys', 'partner:unisys', 'system:email'),
  fc.string({ maxLength: 30 }),
  fc
    .tuple(
      fc.constantFrom(...NODE_KINDS.map((k) => k.toLowerCase()), 'gadget'),
      fc.stringMatching(/^[a-z0-9-]{0,12}$/),
    )
    .map(([k, s]) => `${k}:${s}`),
);
const anyValue = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);
const node = fc.record(
  {
    kind: fc.oneof(fc.constantFrom(...NODE_KINDS), fc.string({ maxLength: 8 })),
    id: ids,
    name: fc.oneof(fc.string({ maxLength: 40 }), fc.constant('')),
    rtoHours: fc.oneof(fc.double({ min: -10, max: 1e6 }), fc.integer()),
    end: fc.oneof(fc.constantFrom('2015-02', '2015-13', '2016-02-30', 'soon'), fc.string({ maxLength: 10 })),
    siteKind: fc.constantFrom('DATA_CENTRE', 'OFFICE', 'CASTLE'),
    expectedVersion: fc.integer({ min: -2, max: 5 }),
  },
  { requiredKeys: ['kind', 'id', 'name'] },
);
const relationship = fc.record(
  {
    from: ids,
    type: fc.oneof(fc.constantFrom(...RELATIONSHIP_TYPES), fc.string({ maxLength: 10 })),
    to: ids,
    fallback: ids,
    redundancy: fc.record({ group: fc.string({ maxLength: 5 }), k: fc.integer({ min: -1, max: 4 }) }),
  },
  { requiredKeys: ['from', 'type', 'to'] },
);

describe('fuzzing the API', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h?.close());

  const state = async () =>
    (await post(h.server.graphqlUrl, { query: '{ counts { nodes relationships graphVersion } }' })).body.data;

  it('random write batches: typed errors, and a failed batch changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          nodes: fc.array(node, { maxLength: 4 }),
          relationships: fc.array(relationship, { maxLength: 4 }),
          deleteNodes: fc.array(ids, { maxLength: 2 }),
        }),
        async (changes) => {
          const before = await state();
          const reply = await post(h.server.graphqlUrl, {
            query:
              'mutation($c: ChangesInput!) { applyChanges(changes: $c) { created updated deleted graphVersion } }',
            variables: { c: changes },
          });
          expectTyped(reply);
          if (reply.body.errors?.length) expect(await state()).toEqual(before);
        },
      ),
      { numRuns: 150, seed: 20261125 },
    );
  });

  const field = fc.constantFrom(
    'node(id: $id) { id name }',
    'nodes(ids: [$id]) { id }',
    'search(text: $text, first: $n) { totalCount }',
    'neighbourhood(id: $id, depth: $n) { nodes { id } }',
    'impact(events: [{ type: NODE_FAILS, id: $id, hours: $h }]) { totalAffected breaches { rtoHours } }',
    'contractHorizon(from: $text, to: "2016") { end }',
    'asAt(date: $text) { date }',
    'explainPath(from: $id, to: $id, count: $n) { reason }',
    'history(subject: $id, first: $n, after: $text) { edges { node { action } } }',
    'scenario(id: $text) { id }',
    'counts { nodes }',
  );
  const noise = fc.constantFrom(
    '',
    '{',
    '}',
    ' ... on System { id }',
    ' @skip(if: true)',
    ' __typename',
    ' bogus',
    '(',
    '$',
    '"',
  );

  it('random documents and variables: never a 500, every error typed', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(field, noise), { minLength: 1, maxLength: 3 }),
        fc.record({
          id: fc.oneof(ids, anyValue),
          text: fc.oneof(fc.string({ maxLength: 15 }), anyValue),
          n: anyValue,
          h: anyValue,
        }),
        async (parts, variables) => {
          const body = parts.map(([f, n], i) => `f${i}: ${f}${n}`).join(' ');
          const query = `query($id: ID, $text: String, $n: Int, $h: Float) { ${body} }`;
          expectTyped(await post(h.server.graphqlUrl, { query, variables }));
        },
      ),
      { numRuns: 200, seed: 42 },
    );
  });
});
