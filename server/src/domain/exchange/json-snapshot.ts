// The JSON snapshot: the whole graph, losslessly, in one file. Versions are bookkeeping, not
// content, so they are left out: export → wipe → import → export gives the same bytes.
import type { GraphContent, ImportProblem, ParsedImport } from './types.js';
import { writeAll, type GraphWriter } from './writer.js';

export const SNAPSHOT_FORMAT = 'architecture-explorer/snapshot';
export const SNAPSHOT_VERSION = 1;

export function writeSnapshot(content: GraphContent): string {
  return writeAll(snapshotWriter(), content);
}

/**
 * The snapshot record by record, byte for byte what JSON.stringify(doc, null, 2) gives for the
 * whole document (the tests hold it to that), so a streamed download equals exportGraph's file.
 */
export function snapshotWriter(): GraphWriter {
  let nodes = 0;
  let relationships = 0;
  let nodesClosed = false;
  const item = (value: unknown, index: number) =>
    `${index ? ',' : ''}\n${JSON.stringify(value, null, 2).replace(/^/gm, '    ')}`;
  const closeNodes = () => {
    if (nodesClosed) return '';
    nodesClosed = true;
    return `${nodes ? '\n  ' : ''}],\n  "relationships": [`;
  };
  return {
    wantsRelationships: true,
    start: () =>
      `{\n  "format": ${JSON.stringify(SNAPSHOT_FORMAT)},\n  "version": ${SNAPSHOT_VERSION},\n  "nodes": [`,
    node: ({ version: _version, ...node }) => item(node, nodes++),
    relationship: (r) => closeNodes() + item(r, relationships++),
    end: () => `${closeNodes()}${relationships ? '\n  ' : ''}]\n}\n`,
  };
}

export function readSnapshot(text: string, name = 'snapshot.json'): ParsedImport {
  const empty = { nodes: [], relationships: [] };
  const fail = (problem: ImportProblem): ParsedImport => ({
    batch: empty,
    nodeOrigins: [],
    relationshipOrigins: [],
    problems: [problem],
    unmapped: [],
  });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fail({
      where: `${name} ${jsonPosition(text, error)}`,
      message: `not valid JSON: ${(error as Error).message}`,
    });
  }
  const doc = data as { format?: unknown; version?: unknown; nodes?: unknown; relationships?: unknown };
  if (!doc || typeof doc !== 'object' || doc.format !== SNAPSHOT_FORMAT) {
    return fail({ where: name, message: `not a snapshot: "format" must be "${SNAPSHOT_FORMAT}"` });
  }
  if (doc.version !== SNAPSHOT_VERSION) {
    return fail({
      where: name,
      message: `snapshot version ${String(doc.version)} is not one this app reads (${SNAPSHOT_VERSION})`,
    });
  }
  if (!Array.isArray(doc.nodes) || !Array.isArray(doc.relationships)) {
    return fail({ where: name, message: '"nodes" and "relationships" must be lists' });
  }
  return {
    // Shapes are checked by the metamodel's parseBatch, which names every bad field.
    batch: {
      nodes: doc.nodes as ParsedImport['batch']['nodes'],
      relationships: doc.relationships as ParsedImport['batch']['relationships'],
    },
    nodeOrigins: doc.nodes.map(
      (n: { id?: unknown }, i) => `${name} nodes[${i}]${typeof n?.id === 'string' ? ` (${n.id})` : ''}`,
    ),
    relationshipOrigins: doc.relationships.map((_, i) => `${name} relationships[${i}]`),
    problems: [],
    unmapped: [],
  };
}

/** "line L, column C" from the position V8 puts in JSON.parse errors, when it does. */
function jsonPosition(text: string, error: unknown): string {
  const match = /position (\d+)/.exec(String((error as Error).message));
  if (!match) return '';
  const before = text.slice(0, Number(match[1]));
  const line = before.split('\n').length;
  return `line ${line}, column ${before.length - before.lastIndexOf('\n')}`;
}
