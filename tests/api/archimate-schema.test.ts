// The GraphQL schema is generated from the metamodel given at start-up: served with the
// ArchiMate profile, the API's types, enums and the metamodel query are ArchiMate's, over HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/src/app/http-server.js';
import { loadMetamodelFile } from '../../server/src/app/metamodel-file.js';
import { graphqlClient, openTempStore, startTestServer, type TempStore } from '../fixtures/test-server.js';

describe('GraphQL schema generated from the ArchiMate profile', () => {
  let temp: TempStore;
  let server: RunningServer;
  const gql = <T>(query: string) => graphqlClient(server.graphqlUrl)<T>(query);

  beforeAll(async () => {
    // A store of the profile: the server serves the metamodel the store holds.
    temp = await openTempStore({
      prefix: 'explorer-archimate-schema-',
      metamodel: await loadMetamodelFile('archimate'),
    });
    server = await startTestServer(temp.store);
  });
  afterAll(async () => {
    await server?.close();
    await temp?.close();
  });

  it('answers the metamodel query with the profile: 62 kinds with roles, 11 relationship types with impact', async () => {
    const res = await gql<{
      metamodel: {
        name: string;
        kinds: { kind: string; impactRole: string; fields: { name: string }[] }[];
        relationshipTypes: { type: string; impact: string }[];
      };
    }>('{ metamodel { name kinds { kind impactRole fields { name } } relationshipTypes { type impact } } }');
    expect(res.errors).toBeUndefined();
    const metamodel = res.data!.metamodel;
    expect(metamodel.name).toBe('archimate');
    expect(metamodel.kinds).toHaveLength(62);
    expect(metamodel.kinds.find((k) => k.kind === 'Contract')?.impactRole).toBe('contract');
    expect(metamodel.kinds.find((k) => k.kind === 'Goal')?.impactRole).toBe('strategic');
    expect(metamodel.relationshipTypes).toContainEqual({ type: 'SERVING', impact: 'TARGET' });
    expect(metamodel.relationshipTypes).toHaveLength(11);
  });

  it('has an object type per element type, the NodeKind enum and the relationship fields ArchiMate carries', async () => {
    const res = await gql<{
      kinds: { enumValues: { name: string }[] };
      actor: { fields: { name: string; type: { ofType: { ofType: { name: string } | null } | null } }[] };
      relationship: { fields: { name: string }[] };
    }>(`{
      kinds: __type(name: "NodeKind") { enumValues { name } }
      actor: __type(name: "BusinessActor") { fields { name type { ofType { ofType { name } } } } }
      relationship: __type(name: "Relationship") { fields { name } }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.kinds.enumValues.map((v) => v.name)).toContain('ApplicationComponent');
    expect(res.data!.kinds.enumValues).toHaveLength(62);
    const actorFields = res.data!.actor.fields.map((f) => f.name);
    expect(actorFields).toEqual(expect.arrayContaining(['identifier', 'properties', 'start', 'name']));
    expect(res.data!.relationship.fields.map((f) => f.name)).toEqual(
      expect.arrayContaining(['accessType', 'isDirected', 'modifier', 'sourceRelationship', 'properties']),
    );
  });
});
