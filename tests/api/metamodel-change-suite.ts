// changeMetamodel applied over GraphQL on a running server, run against each store by passing a
// factory: the store's schema, its metamodel record and the served GraphQL schema follow a change;
// a change that would leave nodes invalid, or asked by an editor, changes nothing.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/src/app/http-server.js';
import {
  compileMetamodel,
  parseBatch,
  parseMetamodelText,
  type Metamodel,
} from '../../server/src/domain/metamodel/index.js';
import type { GraphStore } from '../../server/src/store/port.js';
import { everyKind } from '../fixtures/graphs.js';
import { graphqlClient, startTestServer, type GraphqlAnswer } from '../fixtures/test-server.js';
import { TOKEN_ENTRIES, TOKENS } from '../security/server-harness.js';

/** A store opened and reopened with a metamodel; `dispose` leaves nothing for the next file. */
export interface ChangeTarget {
  open(metamodel?: Metamodel): Promise<GraphStore>;
  dispose(): Promise<void>;
}

const COUNCIL = fs.readFileSync(path.resolve(import.meta.dirname, '../../metamodels/council.yaml'), 'utf8');

/** The council metamodel with a limited field on System, a Dataset kind with a required field
 *  and a choice, and a relationship type joining datasets to the systems holding them. */
export const WITH_DATASETS = COUNCIL.replace('name: council', 'name: council-data')
  .replace(
    '        max: 100\n      lifecycle: lifecycle\n',
    '        max: 100\n      users:\n        type: integer\n        doc: How many people use it.\n        min: 1\n        max: 50000\n      lifecycle: lifecycle\n',
  )
  .replace(
    'kinds:\n',
    'kinds:\n  Dataset:\n    doc: A body of records the council keeps.\n    fields:\n' +
      '      steward:\n        type: text\n        doc: Who answers for it.\n        required: true\n' +
      '      classification:\n        type: choice\n        doc: Its government security classification.\n' +
      '        enum: Classification\n        values: [OFFICIAL, OFFICIAL_SENSITIVE, SECRET]\n',
  )
  .concat(
    '  HELD_IN:\n    from: [Dataset]\n    to: [System]\n    impact: SOURCE\n    inverse: HOLDS\n' +
      '    doc: A dataset is held in a system; the dataset is out of reach when the system is down.\n',
  );

const CHANGE = `mutation ($d: String!, $dry: Boolean) { changeMetamodel(definition: $d, dryRun: $dry) {
  name differences applied change { version actor fromName fromHash toName toHash } } }`;
const STATE =
  '{ metamodel { name hash } counts { graphVersion nodes } kinds: __type(name: "NodeKind") { enumValues { name } } }';

type ChangeAnswer = {
  changeMetamodel: {
    name: string;
    differences: string[];
    applied: boolean;
    change: {
      version: number;
      actor: string;
      fromName: string;
      fromHash: string;
      toName: string;
      toHash: string;
    } | null;
  };
};
type State = {
  metamodel: { name: string; hash: string };
  counts: { graphVersion: number; nodes: number };
  kinds: { enumValues: { name: string }[] };
};

const issuesOf = (res: GraphqlAnswer<unknown>) => res.errors?.[0]?.extensions?.issues ?? [];

export function metamodelChangeSuite(label: string, target: () => Promise<ChangeTarget>): void {
  describe(`changeMetamodel applied over HTTP: ${label}`, () => {
    let opened: ChangeTarget;
    let store: GraphStore;
    let server: RunningServer;
    const as =
      (role: keyof typeof TOKENS) =>
      <T>(query: string, variables: Record<string, unknown> = {}) =>
        graphqlClient(server.graphqlUrl, { authorization: `Bearer ${TOKENS[role]}` })<T>(query, variables);
    const admin = as('admin');
    const state = async () => (await admin<State>(STATE)).data!;

    beforeAll(async () => {
      opened = await target();
      store = await opened.open();
      await store.clear();
      await store.applyBatch(parseBatch(everyKind));
      server = await startTestServer(store, {
        auth: { mode: 'tokens', tokens: TOKEN_ENTRIES, readAccess: 'open' },
      });
    });
    afterAll(async () => {
      await server?.close();
      await store?.clear();
      await store?.close();
      await opened?.dispose();
    });

    it('refuses an editor, and changes nothing', async () => {
      const before = await state();
      const res = await as('editor')<ChangeAnswer>(CHANGE, { d: WITH_DATASETS, dry: false });
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(await state()).toEqual(before);
    });

    it('refuses a change that would leave nodes invalid, listing them, and changes nothing', async () => {
      const before = await state();
      // Sites lose their location, which Gun Wharf has, and data centres as a kind of site.
      const narrower = WITH_DATASETS.replace(
        '      location:\n        type: text\n        doc: Town or address.\n',
        '',
      ).replace('values: [DATA_CENTRE, OFFICE,', 'values: [OFFICE,');
      const res = await admin<ChangeAnswer>(CHANGE, { d: narrower, dry: false });
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const issues = issuesOf(res);
      expect(issues).toContainEqual({ path: 'node site:gun-wharf.siteKind', message: expect.any(String) });
      expect(issues).toContainEqual({
        path: 'node site:gun-wharf',
        message: expect.stringMatching(/location/),
      });
      expect(await state()).toEqual(before);
      expect(store.metamodel.name).toBe('council');
    });

    it('applies a new field with limits, a new kind and a new relationship type: queryable on the next request', async () => {
      const before = await state();
      const dry = await admin<ChangeAnswer>(CHANGE, { d: WITH_DATASETS });
      expect(dry.data?.changeMetamodel).toMatchObject({ name: 'council-data', applied: false, change: null });
      expect(await state()).toEqual(before);

      const res = await admin<ChangeAnswer>(CHANGE, { d: WITH_DATASETS, dry: false });
      expect(res.errors).toBeUndefined();
      const applied = res.data!.changeMetamodel;
      expect(applied).toMatchObject({ name: 'council-data', applied: true });
      expect(applied.differences).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^kinds differ/),
          "System's fields differ",
          'relationship types differ',
        ]),
      );
      expect(applied.change).toMatchObject({
        actor: 'admin-user',
        fromName: 'council',
        fromHash: before.metamodel.hash,
        toName: 'council-data',
        version: before.counts.graphVersion + 1,
      });

      const after = await state();
      expect(after.metamodel.name).toBe('council-data');
      expect(after.metamodel.hash).toBe(applied.change!.toHash);
      expect(after.metamodel.hash).not.toBe(before.metamodel.hash);
      expect(after.kinds.enumValues.map((v) => v.name)).toContain('Dataset');

      // The metamodel query gives the new field's limits, the required flag and the record.
      const meta = await admin<{
        metamodel: {
          kinds: {
            kind: string;
            fields: {
              name: string;
              required: boolean;
              min: number | null;
              max: number | null;
              maxLength: number | null;
              enumValues: string[] | null;
            }[];
          }[];
          changes: { actor: string; toName: string; fromHash: string }[];
        };
      }>(
        '{ metamodel { kinds { kind fields { name required min max maxLength enumValues } } changes { actor toName fromHash } } }',
      );
      const fieldsOf = (kind: string) => meta.data!.metamodel.kinds.find((k) => k.kind === kind)!.fields;
      expect(fieldsOf('System').find((f) => f.name === 'users')).toMatchObject({
        required: false,
        min: 1,
        max: 50000,
      });
      expect(fieldsOf('Dataset').find((f) => f.name === 'steward')).toMatchObject({
        required: true,
        maxLength: 2000,
      });
      expect(fieldsOf('Dataset').find((f) => f.name === 'classification')?.enumValues).toEqual([
        'OFFICIAL',
        'OFFICIAL_SENSITIVE',
        'SECRET',
      ]);
      expect(meta.data!.metamodel.changes[0]).toEqual({
        actor: 'admin-user',
        toName: 'council-data',
        fromHash: before.metamodel.hash,
      });

      // A node of the new kind through the new input, a relationship of the new type, a search.
      const created = await as('editor')<{
        createNode: { id: string; steward: string; classification: string };
      }>(
        `mutation ($n: NodeInput!) { createNode(node: $n) { id ... on Dataset { steward classification } } }`,
        {
          n: {
            kind: 'Dataset',
            id: 'dataset:pupil-records',
            name: 'Pupil records',
            steward: 'Schools team',
            classification: 'OFFICIAL_SENSITIVE',
            provenance: [{ document: 'fixture.txt', section: '§8' }],
          },
        },
      );
      expect(created.errors).toBeUndefined();
      expect(created.data?.createNode).toEqual({
        id: 'dataset:pupil-records',
        steward: 'Schools team',
        classification: 'OFFICIAL_SENSITIVE',
      });
      const held = await as('editor')<{ createRelationship: { type: string; impact: string } }>(
        'mutation { createRelationship(relationship: { from: "dataset:pupil-records", type: HELD_IN, to: "system:kpsn" }) { type impact } }',
      );
      expect(held.errors).toBeUndefined();
      expect(held.data?.createRelationship).toEqual({ type: 'HELD_IN', impact: 'SOURCE' });
      const found = await admin<{ search: { totalCount: number; edges: { node: { id: string } }[] } }>(
        '{ search(text: "pupil", kinds: [Dataset]) { totalCount edges { node { id } } } }',
      );
      expect(found.errors).toBeUndefined();
      expect(found.data?.search.edges.map((e) => e.node.id)).toEqual(['dataset:pupil-records']);
      const around = await admin<{
        neighbourhood: { nodes: { id: string }[]; relationships: { type: string }[] };
      }>(
        '{ neighbourhood(id: "system:kpsn", depth: 1, kinds: [Dataset]) { nodes { id } relationships { type } } }',
      );
      expect(around.data?.neighbourhood.nodes.map((n) => n.id).sort()).toEqual([
        'dataset:pupil-records',
        'system:kpsn',
      ]);
      expect(around.data?.neighbourhood.relationships.map((r) => r.type)).toEqual(['HELD_IN']);

      // The new field's limits hold, and a missing required field is named.
      const tooMany = await as('editor')(
        'mutation { updateNode(node: { kind: System, id: "system:kpsn", name: "Kent Public Services Network", users: 60000 }) { id } }',
      );
      expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(issuesOf(tooMany).map((i) => i.path)).toEqual([expect.stringMatching(/users$/)]);
      const noSteward = await as('editor')(
        'mutation { createNode(node: { kind: Dataset, id: "dataset:x", name: "X" }) { id } }',
      );
      expect(issuesOf(noSteward).map((i) => i.path)).toEqual([expect.stringMatching(/steward$/)]);
      const users = await as('editor')<{ updateNode: { users: number } }>(
        'mutation { updateNode(node: { kind: System, id: "system:kpsn", name: "Kent Public Services Network", users: 12000 }) { ... on System { users } } }',
      );
      expect(users.data?.updateNode).toEqual({ users: 12000 });
      const counts = await admin<{
        counts: { byKind: { kind: string; count: number }[]; relationships: number };
      }>('{ counts { byKind { kind count } relationships } }');
      expect(counts.data?.counts.byKind).toContainEqual({ kind: 'Dataset', count: 1 });
      expect(counts.data?.counts.relationships).toBe(everyKind.relationships.length + 1);
    });

    it('takes a kind and a field away only once nothing uses them', async () => {
      const used = await admin<ChangeAnswer>(CHANGE, { d: COUNCIL, dry: false });
      expect(used.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const paths = issuesOf(used).map((i) => i.path);
      expect(paths).toEqual(
        expect.arrayContaining([
          'node dataset:pupil-records.kind',
          expect.stringMatching(/^node system:kpsn/),
          expect.stringMatching(/^relationship dataset:pupil-records HELD_IN system:kpsn/),
        ]),
      );
      expect((await state()).metamodel.name).toBe('council-data');

      // The store itself refuses too (a write may land between the API's check and the switch).
      const council = compileMetamodel(parseMetamodelText(COUNCIL, 'council.yaml'));
      await expect(store.changeMetamodel(council)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(store.metamodel.name).toBe('council-data');

      await as('editor')('mutation { deleteNode(id: "dataset:pupil-records") }');
      await as('editor')(
        'mutation { updateNode(node: { kind: System, id: "system:kpsn", name: "Kent Public Services Network", category: NETWORK, hosting: PARTNER, criticality: CRITICAL, rtoHours: 4, minServiceLevel: 99.99, aliases: ["KPSN", "the county network"], provenance: [{ document: "fixture.txt", section: "§4" }] }) { id } }',
      );
      const back = await admin<ChangeAnswer>(CHANGE, { d: COUNCIL, dry: false });
      expect(back.errors).toBeUndefined();
      expect(back.data?.changeMetamodel.applied).toBe(true);
      const after = await state();
      expect(after.metamodel.name).toBe('council');
      expect(after.kinds.enumValues.map((v) => v.name)).not.toContain('Dataset');
      const gone = await admin<{ t: null | { name: string } }>('{ t: __type(name: "Dataset") { name } }');
      expect(gone.data?.t).toBeNull();
      const changes = await admin<{ metamodel: { changes: { toName: string }[] } }>(
        '{ metamodel { changes { toName } } }',
      );
      expect(changes.data?.metamodel.changes.map((c) => c.toName).slice(0, 2)).toEqual([
        'council',
        'council-data',
      ]);
    });

    it('keeps the metamodel with the graph: reopened, the store holds the last one applied', async () => {
      const res = await admin<ChangeAnswer>(CHANGE, { d: WITH_DATASETS, dry: false });
      expect(res.data?.changeMetamodel.applied).toBe(true);
      await server.close();
      await store.close();
      const withDatasets = compileMetamodel(parseMetamodelText(WITH_DATASETS, 'with-datasets.yaml'));
      await expect(opened.open()).rejects.toMatchObject({ code: 'CONFLICT' });
      store = await opened.open(withDatasets);
      expect(store.metamodel.name).toBe('council-data');
      expect((await store.getNodes(['system:kpsn'])).map((n) => n.id)).toEqual(['system:kpsn']);
      server = await startTestServer(store);
      const t = await graphqlClient(server.graphqlUrl)<{ t: { name: string } | null }>(
        '{ t: __type(name: "Dataset") { name } }',
      );
      expect(t.data?.t).toEqual({ name: 'Dataset' });
    });
  });
}
