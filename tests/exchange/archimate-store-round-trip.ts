// The ArchiMate round trip through a store: each public model is imported with importGraph
// (GraphQL over HTTP, on a server started with the ArchiMate profile), exported with exportGraph,
// and the file that comes back is compared with the original read straight from its XML:
// element, relationship and property sets (tests/fixtures/archimate-content.ts).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/src/app/http-server.js';
import { loadMetamodelFile } from '../../server/src/app/metamodel-file.js';
import type { Metamodel } from '../../server/src/domain/metamodel/index.js';
import type { GraphStore } from '../../server/src/store/port.js';
import { contentOf } from '../fixtures/archimate-content.js';
import { graphqlClient, startTestServer } from '../fixtures/test-server.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/archimate-public');
const MODELS = [
  { file: 'archisurance-test-model.xml', elements: 120, relationships: 178 },
  { file: 'archisurance-3.1-case-study.xml', elements: 361, relationships: 610 },
];

const IMPORT = `mutation($files: [FileInput!]!) {
  importGraph(format: ARCHIMATE, files: $files, mode: REPLACE, dryRun: false) {
    summary { created deleted } unmapped { type } } }`;
const EXPORT = '{ exportGraph(format: ARCHIMATE) { name text } }';

export interface ArchimateTarget {
  open(metamodel: Metamodel): Promise<GraphStore>;
  /** After the store is closed. */
  dispose(): Promise<void>;
}

export function archimateStoreRoundTrip(label: string, make: () => Promise<ArchimateTarget>): void {
  describe(`ArchiMate round trip through the ${label} store, over HTTP`, () => {
    let target: ArchimateTarget;
    let store: GraphStore;
    let server: RunningServer;
    let gql: ReturnType<typeof graphqlClient>;
    beforeAll(async () => {
      target = await make();
      store = await target.open(await loadMetamodelFile('archimate'));
      server = await startTestServer(store, { graphql: { exportMaxElements: 5_000 } });
      gql = graphqlClient(server.graphqlUrl);
    });
    afterAll(async () => {
      await server?.close();
      // Emptied, so that a store opened next with another metamodel adopts it.
      await store?.clear();
      await store?.close();
      await target?.dispose();
    });
    beforeEach(async () => {
      await store.clear();
    });

    it.each(MODELS)(
      '$file: every element, relationship and property comes back',
      async ({ file, elements, relationships }) => {
        const xml = fs.readFileSync(path.join(FIXTURES, file), 'utf8');
        const original = contentOf(xml);
        const imported = await gql<{
          importGraph: { summary: { created: number; deleted: number }; unmapped: { type: string }[] };
        }>(IMPORT, { files: [{ name: file, text: xml }] });
        expect(imported.errors).toBeUndefined();
        expect(imported.data!.importGraph.summary).toEqual({ created: elements + relationships, deleted: 0 });
        // Only what lies outside elements and relationships (views, folders, the model's own text).
        expect(imported.data!.importGraph.unmapped.every((u) => u.type !== 'element')).toBe(true);
        expect(await store.countRelationships()).toBe(relationships);

        const exported = await gql<{ exportGraph: { name: string; text: string }[] }>(EXPORT);
        expect(exported.errors).toBeUndefined();
        const back = contentOf(exported.data!.exportGraph[0]!.text);
        expect(back.elements).toEqual(original.elements);
        expect(back.relationships).toEqual(original.relationships);
        expect(back.properties).toEqual(original.properties);
        expect({ elements: back.elements.length, relationships: back.relationships.length }).toEqual({
          elements,
          relationships,
        });
      },
    );

    it("carries the profile's fields through CSV: columns follow the metamodel, and a CSV re-import gives the same file back", async () => {
      const { file } = MODELS[0]!;
      const xml = fs.readFileSync(path.join(FIXTURES, file), 'utf8');
      expect((await gql(IMPORT, { files: [{ name: file, text: xml }] })).errors).toBeUndefined();
      const csv = await gql<{ exportGraph: { name: string; text: string }[] }>(
        '{ exportGraph(format: CSV) { name text } }',
      );
      expect(csv.errors).toBeUndefined();
      const [nodes, relationships] = csv.data!.exportGraph;
      expect(nodes!.text.split('\n', 1)[0]).toMatch(/,identifier,nameless,properties,/);
      expect(relationships!.text.split('\n', 1)[0]).toMatch(/,accessType,isDirected,modifier,/);
      await store.clear();
      const again = await gql(
        `mutation($files: [FileInput!]!) { importGraph(format: CSV, files: $files, mode: MERGE, dryRun: false) { summary { created } } }`,
        { files: csv.data!.exportGraph },
      );
      expect(again.errors).toBeUndefined();
      const exported = await gql<{ exportGraph: { text: string }[] }>(EXPORT);
      const back = contentOf(exported.data!.exportGraph[0]!.text);
      const original = contentOf(xml);
      expect(back.elements).toEqual(original.elements);
      expect(back.relationships).toEqual(original.relationships);
      expect(back.properties).toEqual(original.properties);
    });
  });
}
