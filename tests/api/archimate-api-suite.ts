// The GraphQL API over HTTP on a store of the ArchiMate profile, run against each store by passing
// a factory: elements with their fields created, updated and deleted; two Access relationships
// between one pair addressed by id; search, neighbourhoods, histories, export and import; bad
// input named. (What-ifs on an ArchiMate store have their own suite.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/src/app/http-server.js';
import { loadMetamodelFile } from '../../server/src/app/metamodel-file.js';
import type { Metamodel } from '../../server/src/domain/metamodel/index.js';
import type { GraphStore } from '../../server/src/store/port.js';
import { graphqlClient, startTestServer, type GraphqlAnswer } from '../fixtures/test-server.js';

export const ARCHIMATE: Metamodel = await loadMetamodelFile('archimate');

const cite = [{ document: 'claims.xml', section: 'model' }];

/** A CRM that serves a claims process, the process's actor, and the customer file it keeps. */
const ELEMENTS = [
  {
    kind: 'BusinessActor',
    id: 'businessactor:customer',
    name: 'Customer',
    identifier: 'id-actor-1',
    properties: [{ name: 'Owner', value: 'Sales' }],
    provenance: cite,
  },
  { kind: 'BusinessProcess', id: 'businessprocess:handle-claim', name: 'Handle claim', provenance: cite },
  {
    kind: 'ApplicationComponent',
    id: 'applicationcomponent:crm',
    name: 'CRM',
    description: 'Holds customers.',
    start: '2019',
    provenance: cite,
  },
  { kind: 'DataObject', id: 'dataobject:customer-file', name: 'Customer file', provenance: cite },
];

const NODE = `mutation ($n: NodeInput!) { %s(node: $n) { id kind name version
  ... on BusinessActor { identifier properties { name value } } } }`;
const RELATIONSHIP = `mutation ($r: RelationshipInput!) { %s(relationship: $r) {
  id from type to accessType name properties { name value } } }`;

type Rel = {
  id: string;
  from: string;
  type: string;
  to: string;
  accessType: string | null;
  name: string | null;
  properties: { name: string; value: string }[] | null;
};
type Edges<T> = { edges: { node: T }[] };
type ChangeRow = { action: string; target: string; targetId: string };

const issuesOf = (res: GraphqlAnswer<unknown>) => res.errors?.[0]?.extensions?.issues ?? [];

export function archimateApiSuite(
  label: string,
  open: () => Promise<{ store: GraphStore; close(): Promise<void> }>,
): void {
  describe(`GraphQL API over HTTP on an ArchiMate store: ${label}`, () => {
    let opened: { store: GraphStore; close(): Promise<void> };
    let server: RunningServer;
    const gql = <T>(query: string, variables: Record<string, unknown> = {}) =>
      graphqlClient(server.graphqlUrl)<T>(query, variables);
    const relationship = (op: string, r: Record<string, unknown>) =>
      gql<Record<string, Rel>>(RELATIONSHIP.replace('%s', op), { r });
    /** Two Access relationships between the CRM and the customer file: a read and a write. */
    const accesses = async () => {
      const read = await relationship('createRelationship', {
        from: 'applicationcomponent:crm',
        type: 'ACCESS',
        to: 'dataobject:customer-file',
        accessType: 'READ',
      });
      const write = await relationship('createRelationship', {
        from: 'applicationcomponent:crm',
        type: 'ACCESS',
        to: 'dataobject:customer-file',
        accessType: 'WRITE',
        name: 'saves',
        properties: [{ name: 'Volume', value: 'high' }],
      });
      expect(read.errors).toBeUndefined();
      expect(write.errors).toBeUndefined();
      return [read.data!.createRelationship!, write.data!.createRelationship!] as const;
    };

    beforeAll(async () => {
      opened = await open();
      await opened.store.clear();
      server = await startTestServer(opened.store);
      for (const n of ELEMENTS) {
        const res = await gql(NODE.replace('%s', 'createNode'), { n });
        expect(res.errors).toBeUndefined();
      }
      const serves = await relationship('createRelationship', {
        from: 'applicationcomponent:crm',
        type: 'SERVING',
        to: 'businessprocess:handle-claim',
      });
      expect(serves.errors).toBeUndefined();
    });
    afterAll(async () => {
      await server?.close();
      await opened?.store.clear();
      await opened?.close();
    });

    it('serves the ArchiMate profile', async () => {
      const res = await gql<{ metamodel: { name: string } }>('{ metamodel { name } }');
      expect(res.data?.metamodel.name).toBe('archimate');
    });

    it('creates, updates and deletes an element with its own fields', async () => {
      const n = {
        kind: 'BusinessActor',
        id: 'businessactor:claims-team',
        name: 'Claims team',
        identifier: 'id-actor-2',
        properties: [
          { name: 'Owner', value: 'Operations' },
          { name: 'Size', value: '12' },
        ],
        provenance: cite,
      };
      const created = await gql<{ createNode: Record<string, unknown> }>(NODE.replace('%s', 'createNode'), {
        n,
      });
      expect(created.errors).toBeUndefined();
      expect(created.data?.createNode).toEqual({
        id: n.id,
        kind: 'BusinessActor',
        name: 'Claims team',
        version: 1,
        identifier: 'id-actor-2',
        properties: n.properties,
      });
      const updated = await gql<{ updateNode: Record<string, unknown> }>(NODE.replace('%s', 'updateNode'), {
        n: { ...n, name: 'Claims handling team', properties: [{ name: 'Owner', value: 'Claims' }] },
      });
      expect(updated.data?.updateNode).toMatchObject({
        name: 'Claims handling team',
        version: 2,
        properties: [{ name: 'Owner', value: 'Claims' }],
      });
      const read = await gql<{ node: Record<string, unknown> }>(
        '{ node(id: "businessactor:claims-team") { name ... on BusinessActor { identifier } } }',
      );
      expect(read.data?.node).toEqual({ name: 'Claims handling team', identifier: 'id-actor-2' });
      const deleted = await gql<{ deleteNode: string }>(
        'mutation { deleteNode(id: "businessactor:claims-team") }',
      );
      expect(deleted.data?.deleteNode).toBe('businessactor:claims-team');
      const gone = await gql('{ node(id: "businessactor:claims-team") { id } }');
      expect(gone.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });

    it('keeps two Access relationships between one pair apart, updating and deleting each by id', async () => {
      const [read, write] = await accesses();
      expect(read.id).not.toBe(write.id);
      expect(write).toMatchObject({
        accessType: 'WRITE',
        name: 'saves',
        properties: [{ name: 'Volume', value: 'high' }],
      });

      const changed = await relationship('updateRelationship', {
        id: read.id,
        from: read.from,
        type: 'ACCESS',
        to: read.to,
        accessType: 'READ_WRITE',
      });
      expect(changed.errors).toBeUndefined();
      expect(changed.data?.updateRelationship).toMatchObject({ id: read.id, accessType: 'READ_WRITE' });

      const between = async () =>
        (
          await gql<{ neighbourhood: { relationships: Rel[] } }>(
            `{ neighbourhood(id: "applicationcomponent:crm", depth: 1, types: [ACCESS]) {
              relationships { id from type to accessType name properties { name value } } } }`,
          )
        ).data!.neighbourhood.relationships.filter((r) => r.id === read.id || r.id === write.id);
      expect((await between()).map((r) => [r.id, r.accessType]).sort()).toEqual(
        [
          [read.id, 'READ_WRITE'],
          [write.id, 'WRITE'],
        ].sort(),
      );

      const deleted = await gql<{ deleteRelationship: string }>(
        'mutation ($id: ID!) { deleteRelationship(id: $id) }',
        {
          id: read.id,
        },
      );
      expect(deleted.data?.deleteRelationship).toBe(read.id);
      expect((await between()).map((r) => r.id)).toEqual([write.id]);

      // Each relationship's history is its own, by id: the read one created, updated, deleted.
      const history = async (subject: string) =>
        (
          await gql<{ history: Edges<ChangeRow> }>(
            'query ($s: ID) { history(subject: $s) { edges { node { action target targetId } } } }',
            { s: subject },
          )
        ).data!.history.edges.map((e) => e.node);
      expect((await history(read.id)).map((c) => c.action)).toEqual(['DELETE', 'UPDATE', 'CREATE']);
      expect(
        (await history(read.id)).every((c) => c.target === 'RELATIONSHIP' && c.targetId === read.id),
      ).toBe(true);
      expect((await history(write.id)).map((c) => c.action)).toEqual(['CREATE']);
      await gql('mutation ($id: ID!) { deleteRelationship(id: $id) }', { id: write.id });
    });

    it('answers a node’s history with its own changes and its relationships’', async () => {
      const res = await gql<{ node: { history: Edges<ChangeRow> } }>(
        '{ node(id: "businessprocess:handle-claim") { history { edges { node { action target targetId } } } } }',
      );
      expect(res.errors).toBeUndefined();
      const rows = res.data!.node.history.edges.map((e) => e.node);
      expect(rows).toContainEqual({
        action: 'CREATE',
        target: 'NODE',
        targetId: 'businessprocess:handle-claim',
      });
      expect(rows.some((r) => r.target === 'RELATIONSHIP')).toBe(true);
    });

    it('finds elements by words and kind', async () => {
      const res = await gql<{
        search: { totalCount: number; edges: { node: { id: string; kind: string } }[] };
      }>(
        '{ search(text: "customer", kinds: [DataObject, BusinessActor]) { totalCount edges { node { id kind } } } }',
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.search.edges.map((e) => e.node.id).sort()).toEqual([
        'businessactor:customer',
        'dataobject:customer-file',
      ]);
      const only = await gql<{ search: { edges: { node: { id: string } }[] } }>(
        '{ search(text: "customer", kinds: [DataObject]) { edges { node { id } } } }',
      );
      expect(only.data!.search.edges.map((e) => e.node.id)).toEqual(['dataobject:customer-file']);
    });

    it('walks a neighbourhood keeping to the kinds asked for', async () => {
      const [read, write] = await accesses();
      const res = await gql<{
        neighbourhood: { nodes: { id: string }[]; relationships: { id: string; type: string }[] };
      }>(
        '{ neighbourhood(id: "applicationcomponent:crm", depth: 1, kinds: [DataObject]) { nodes { id } relationships { id type } } }',
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.neighbourhood.nodes.map((n) => n.id).sort()).toEqual([
        'applicationcomponent:crm',
        'dataobject:customer-file',
      ]);
      expect(res.data!.neighbourhood.relationships.map((r) => r.id).sort()).toEqual(
        [read.id, write.id].sort(),
      );
      for (const r of [read, write])
        await gql('mutation ($id: ID!) { deleteRelationship(id: $id) }', { id: r.id });
    });

    it('exports the graph and merges it back: nothing changes, and an added element is created', async () => {
      await accesses();
      const exported = await gql<{ exportGraph: { name: string; text: string }[] }>(
        '{ exportGraph(format: JSON) { name text } }',
      );
      expect(exported.errors).toBeUndefined();
      const file = exported.data!.exportGraph[0]!;
      const snapshot = JSON.parse(file.text) as {
        nodes: { id: string }[];
        relationships: { type: string }[];
      };
      expect(snapshot.relationships.filter((r) => r.type === 'ACCESS')).toHaveLength(2);
      const importGraph = (text: string) =>
        gql<{
          importGraph: { summary: { created: number; updated: number; unchanged: number; deleted: number } };
        }>(
          'mutation ($f: [FileInput!]!) { importGraph(format: JSON, files: $f, mode: MERGE) { summary { created updated unchanged deleted } } }',
          { f: [{ name: file.name, text }] },
        );
      const same = await importGraph(file.text);
      expect(same.errors).toBeUndefined();
      expect(same.data!.importGraph.summary).toMatchObject({ created: 0, updated: 0, deleted: 0 });
      const added = {
        ...snapshot,
        nodes: [
          ...snapshot.nodes,
          {
            kind: 'ApplicationService',
            id: 'applicationservice:claims-api',
            name: 'Claims API',
            provenance: cite,
          },
        ],
      };
      const merged = await importGraph(JSON.stringify(added));
      expect(merged.errors).toBeUndefined();
      expect(merged.data!.importGraph.summary).toMatchObject({ created: 1, updated: 0, deleted: 0 });
      const found = await gql<{ node: { kind: string } }>(
        '{ node(id: "applicationservice:claims-api") { kind } }',
      );
      expect(found.data?.node.kind).toBe('ApplicationService');
    });

    it('refuses bad input naming the field and the reason, and changes nothing', async () => {
      const before = (await gql<{ counts: { graphVersion: number } }>('{ counts { graphVersion } }')).data!
        .counts.graphVersion;
      const emptyIdentifier = await gql(NODE.replace('%s', 'createNode'), {
        n: { kind: 'BusinessActor', id: 'businessactor:nobody', name: 'Nobody', identifier: '   ' },
      });
      expect(emptyIdentifier.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(issuesOf(emptyIdentifier).map((i) => i.path)).toEqual([expect.stringMatching(/identifier$/)]);
      const wrongKind = await gql(NODE.replace('%s', 'createNode'), {
        n: { kind: 'BusinessActor', id: 'system:kpsn', name: 'KPSN' },
      });
      expect(issuesOf(wrongKind)[0]).toEqual({
        path: 'nodes.0.id',
        message: '"system:kpsn" starts with "system", which is no kind of the archimate metamodel',
      });
      const badAccess = await relationship('createRelationship', {
        from: 'applicationcomponent:crm',
        type: 'ACCESS',
        to: 'dataobject:nowhere',
        accessType: 'READ',
      });
      expect(badAccess.errors?.[0]?.extensions?.code).toMatch(/BAD_USER_INPUT|NOT_FOUND/);
      expect(badAccess.errors?.[0]?.message).toMatch(/dataobject:nowhere/);
      const after = (await gql<{ counts: { graphVersion: number } }>('{ counts { graphVersion } }')).data!
        .counts.graphVersion;
      expect(after).toBe(before);
    });
  });
}
