// The storage contract's cases for a store opened with the ArchiMate profile: its kinds, fields
// and relationship types are the store's own (columns, relationship tables or types), parallel
// relationships of one type coexist and are found in the history by id, and the metamodel is
// kept with the graph: a store holding an ArchiMate graph is refused to the council metamodel.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadMetamodelFile } from '../../server/src/app/metamodel-file.js';
import { BadInputError } from '../../server/src/domain/errors.js';
import { CODE_METAMODEL, parseBatch, type Metamodel } from '../../server/src/domain/metamodel/index.js';
import { MetamodelMismatchError } from '../../server/src/store/cypher/metamodel-record.js';
import type { GraphStore } from '../../server/src/store/port.js';

export interface ReopenableStore {
  /** Opens the same store (file or database) with this metamodel. */
  open(metamodel: Metamodel): Promise<GraphStore>;
  /** Removes what the store left behind, after the last close. */
  dispose(): Promise<void>;
}

const archimate = await loadMetamodelFile('archimate');

/** A CRM that reads and writes a customer file (two Access relationships between the same pair),
 *  serves a claims process, and an actor assigned to it. */
const claims = {
  nodes: [
    {
      kind: 'BusinessActor',
      id: 'businessactor:customer',
      name: 'Customer',
      identifier: 'id-actor-1',
      properties: [{ name: 'Owner', value: 'Sales' }],
    },
    { kind: 'BusinessProcess', id: 'businessprocess:handle-claim', name: 'Handle claim' },
    {
      kind: 'ApplicationComponent',
      id: 'applicationcomponent:crm',
      name: 'CRM',
      description: 'Holds customers.',
      start: '2019',
    },
    { kind: 'DataObject', id: 'dataobject:customer-file', name: 'Customer file' },
    { kind: 'AndJunction', id: 'andjunction:id-j1', name: 'id-j1', nameless: true },
  ],
  relationships: [
    {
      id: 'rel:read',
      from: 'applicationcomponent:crm',
      type: 'ACCESS',
      to: 'dataobject:customer-file',
      accessType: 'READ',
      identifier: 'id-rel-read',
    },
    {
      id: 'rel:write',
      from: 'applicationcomponent:crm',
      type: 'ACCESS',
      to: 'dataobject:customer-file',
      accessType: 'WRITE',
      name: 'saves',
      properties: [{ name: 'Volume', value: 'high' }],
    },
    {
      id: 'rel:serves',
      from: 'applicationcomponent:crm',
      type: 'SERVING',
      to: 'businessprocess:handle-claim',
    },
    {
      id: 'rel:assigned',
      from: 'businessactor:customer',
      type: 'ASSIGNMENT',
      to: 'businessprocess:handle-claim',
    },
  ],
};

const load = async (store: GraphStore, input: unknown) => store.applyBatch(parseBatch(input, archimate));

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => null,
    (e: unknown) => e,
  );
}

export function archimateContract(label: string, make: () => Promise<ReopenableStore>): void {
  describe(`storage port contract with the ArchiMate profile: ${label}`, () => {
    let target: ReopenableStore;
    let store: GraphStore;
    beforeAll(async () => {
      target = await make();
      store = await target.open(archimate);
    });
    afterAll(async () => {
      // Emptied, so that a store opened next with another metamodel adopts it.
      await store?.clear();
      await store?.close();
      await target?.dispose();
    });
    beforeEach(async () => {
      await store.clear();
    });

    it('gives back nodes of several ArchiMate kinds with their own fields, and relationships with theirs', async () => {
      await load(store, claims);
      const nodes = await store.getNodes(claims.nodes.map((n) => n.id));
      expect(nodes).toEqual(claims.nodes.map((n) => ({ aliases: [], provenance: [], ...n, version: 1 })));
      const rels = await store.getRelationships(['rel:write', 'rel:read']);
      expect(rels).toEqual([
        { provenance: [], ...claims.relationships[1] },
        { provenance: [], ...claims.relationships[0] },
      ]);
      expect(store.metamodel.name).toBe('archimate');
      const counts = await store.countByKind();
      expect(counts).toMatchObject({ BusinessActor: 1, ApplicationComponent: 1, DataObject: 1, Goal: 0 });
      expect(Object.keys(counts)).toHaveLength(62);
      expect(await store.countRelationships()).toBe(4);
    });

    it('keeps two relationships of one type between the same pair, updated and deleted by id', async () => {
      await load(store, claims);
      const accesses = async () =>
        Object.fromEntries(
          (
            await store.expandFrontier({
              ids: ['applicationcomponent:crm'],
              types: ['ACCESS' as never],
              direction: 'OUT',
            })
          ).map((r) => [r.id, (r as { accessType?: string }).accessType]),
        );
      expect(await accesses()).toEqual({ 'rel:read': 'READ', 'rel:write': 'WRITE' });
      await load(store, {
        relationships: [{ ...claims.relationships[0], accessType: 'READ_WRITE' }],
      });
      expect(await accesses()).toEqual({ 'rel:read': 'READ_WRITE', 'rel:write': 'WRITE' });
      await load(store, { deleteRelationships: [{ id: 'rel:write' }] });
      expect(await accesses()).toEqual({ 'rel:read': 'READ_WRITE' });
    });

    it("finds a relationship's history by its id", async () => {
      const start = new Date().toISOString();
      await load(store, claims);
      await load(store, { relationships: [{ ...claims.relationships[1], name: 'stores' }] });
      const history = await store.history({ subject: 'rel:write', since: start, first: 10 });
      expect(history.map((c) => `${c.action} ${c.targetId}`)).toEqual([
        'UPDATE rel:write',
        'CREATE rel:write',
      ]);
      expect(history[0]!.before).toMatchObject({ id: 'rel:write', name: 'saves', accessType: 'WRITE' });
      expect(history[0]!.after).toMatchObject({ id: 'rel:write', name: 'stores' });
    });

    it("follows the profile's relationship types in neighbourhoods, topology and export", async () => {
      await load(store, claims);
      const hood = await store.neighbourhood({ id: 'businessprocess:handle-claim', depth: 2, limit: 50 });
      expect(hood.nodes.map((n) => n.id).sort()).toEqual(
        [
          'applicationcomponent:crm',
          'businessactor:customer',
          'businessprocess:handle-claim',
          'dataobject:customer-file',
        ].sort(),
      );
      const topology = await store.exportTopology();
      expect(topology.edges.map((e) => `${e.id} ${e.type}`).sort()).toEqual([
        'rel:assigned ASSIGNMENT',
        'rel:read ACCESS',
        'rel:serves SERVING',
        'rel:write ACCESS',
      ]);
      const kinds: string[] = [];
      for await (const r of store.exportGraph()) if (r.type === 'node') kinds.push(r.node.kind);
      expect(kinds).toContain('AndJunction');
    });

    it('refuses council kinds and fields, naming them, and writes nothing', async () => {
      const version = await store.graphVersion();
      const error = await rejection(
        load(store, { nodes: [{ kind: 'System', id: 'system:crm', name: 'CRM', criticality: 'HIGH' }] }),
      );
      expect(error).toBeInstanceOf(BadInputError);
      expect((error as BadInputError).issues.map((i) => i.path)).toContain('nodes.0.kind');
      expect(await store.graphVersion()).toBe(version);
    });

    it('keeps the metamodel with the graph: opened with another it is refused naming both, unless empty', async () => {
      await load(store, claims);
      await store.close();
      const refused = await rejection(target.open(CODE_METAMODEL));
      expect(refused).toBeInstanceOf(MetamodelMismatchError);
      expect((refused as Error).message).toMatch(
        /holds a graph of the archimate metamodel .* opened with the council metamodel/,
      );
      // Refused as it was: the ArchiMate graph is still there, whole.
      store = await target.open(archimate);
      expect(await store.countRelationships()).toBe(4);
      // Empty, it adopts the metamodel it is opened with.
      await store.clear();
      await store.close();
      const council = await target.open(CODE_METAMODEL);
      expect(council.metamodel.name).toBe('council');
      await council.applyBatch(parseBatch({ nodes: [{ kind: 'System', id: 'system:crm', name: 'CRM' }] }));
      await council.close();
      expect(
        await rejection(target.open(archimate)),
        'the council graph is refused to the ArchiMate profile',
      ).toBeInstanceOf(MetamodelMismatchError);
      const again = await target.open(CODE_METAMODEL);
      await again.clear();
      await again.close();
      store = await target.open(archimate);
      expect(store.metamodel.name).toBe('archimate');
    });
  });
}
