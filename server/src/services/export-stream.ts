// Whole-graph exports as streams of text: the store's records go through a format's writer and
// leave in chunks, so a download or the CLI never holds the exported text whole (a 50k-node
// graph is tens of MB of it). Stopping the consumer stops the store's read.
import { archimateProfileWriter } from '../domain/exchange/archimate-profile.js';
import { archimateWriter } from '../domain/exchange/archimate-write.js';
import { csvNodesWriter, csvRelationshipsWriter } from '../domain/exchange/csv.js';
import { snapshotWriter } from '../domain/exchange/json-snapshot.js';
import type { GraphWriter } from '../domain/exchange/writer.js';
import type { Metamodel } from '../domain/metamodel/index.js';
import type { GraphStore } from '../store/port.js';
import { isArchimateProfile, type Format } from './formats.js';

interface ExportFile {
  /** A writer for the store's metamodel (CSV columns follow its fields). */
  readonly writer: (metamodel: Metamodel) => GraphWriter;
  readonly contentType: string;
}

/** The files an export is made of, by name; the names are the ones exportGraph gives. */
export const EXPORT_FILES = {
  'graph.json': { writer: () => snapshotWriter(), contentType: 'application/json; charset=utf-8' },
  'nodes.csv': { writer: csvNodesWriter, contentType: 'text/csv; charset=utf-8' },
  'relationships.csv': { writer: csvRelationshipsWriter, contentType: 'text/csv; charset=utf-8' },
  // Through the store's metamodel, as exportGraph writes it: the profile's elements losslessly,
  // the council's through the mapping.
  'graph.archimate.xml': {
    writer: (metamodel) =>
      isArchimateProfile(metamodel) ? archimateProfileWriter(metamodel) : archimateWriter(),
    contentType: 'application/xml; charset=utf-8',
  },
} as const satisfies Record<string, ExportFile>;

export type ExportFileName = keyof typeof EXPORT_FILES;

export const FILES_OF_FORMAT: Record<Format, readonly ExportFileName[]> = {
  JSON: ['graph.json'],
  CSV: ['nodes.csv', 'relationships.csv'],
  ARCHIMATE: ['graph.archimate.xml'],
};

export const isExportFileName = (name: string): name is ExportFileName => Object.hasOwn(EXPORT_FILES, name);

/** One export file's text, in chunks of about chunkSize characters. */
export async function* exportText(
  store: GraphStore,
  file: ExportFileName,
  chunkSize = 64 * 1024,
): AsyncGenerator<string> {
  const writer = EXPORT_FILES[file].writer(store.metamodel);
  let buffer = writer.start();
  for await (const record of store.exportGraph()) {
    // Nodes come first: a file of nodes alone is complete at the first relationship.
    if (record.type === 'relationship' && !writer.wantsRelationships) break;
    buffer += record.type === 'node' ? writer.node(record.node) : writer.relationship(record.relationship);
    if (buffer.length >= chunkSize) {
      yield buffer;
      buffer = '';
    }
  }
  yield buffer + writer.end();
}
