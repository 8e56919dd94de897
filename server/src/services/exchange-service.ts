// Import and export of the whole graph in the exchange formats: parse the file (pure, in
// domain/exchange), validate with the metamodel, translate every error to a place in the file,
// and write through the store as one batch, all or nothing (or only report, on a dry run).
import { BadInputError, type InputIssue } from '../domain/errors.js';
import type { GraphContent, ParsedImport, UnmappedItem } from '../domain/exchange/types.js';
import {
  batchSchemaFor,
  relationshipKey,
  zodIssues,
  type GraphBatch,
  type GraphNode,
  type GraphRelationship,
  type RelationshipType,
} from '../domain/metamodel/index.js';
import type { BatchResult, GraphStore, WriteOptions } from '../store/port.js';

const MODULE = 'services/exchange';

/** MERGE adds and updates; REPLACE also deletes what the file does not have. */
export const IMPORT_MODES = ['MERGE', 'REPLACE'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

export interface ImportRequest {
  readonly parsed: ParsedImport;
  /** MERGE adds and updates; REPLACE also deletes what the file does not have. */
  readonly mode: ImportMode;
  readonly dryRun: boolean;
  readonly actor: string;
  /** Told how much of a large import is written (see WriteOptions.onProgress). */
  readonly onProgress?: WriteOptions['onProgress'];
}

export interface ImportReport {
  readonly result: BatchResult;
  readonly unmapped: readonly UnmappedItem[];
}

export async function importGraph(store: GraphStore, request: ImportRequest): Promise<ImportReport> {
  const { parsed } = request;
  if (parsed.problems.length) {
    throw new BadInputError(
      MODULE,
      parsed.problems.map((p) => ({ path: p.where, message: p.message })),
    );
  }
  // Checked against the metamodel the store holds (its kinds, fields and relationship types).
  const checked = batchSchemaFor(store.metamodel).safeParse(parsed.batch);
  if (!checked.success) throw new BadInputError(MODULE, locate(zodIssues(checked.error), parsed));
  let batch: GraphBatch = checked.data;
  if (request.mode === 'REPLACE') batch = { ...batch, ...(await deletionsFor(store, batch)) };
  try {
    const result = await store.applyBatch(batch, {
      actor: request.actor,
      dryRun: request.dryRun,
      ...(request.onProgress ? { onProgress: request.onProgress } : {}),
    });
    return { result, unmapped: parsed.unmapped };
  } catch (error) {
    if (error instanceof BadInputError) throw new BadInputError(MODULE, locate(error.issues, parsed));
    throw error;
  }
}

/** Everything the store has that the file does not: what REPLACE deletes, in the same batch. A
 *  file's relationship keeps the stored one with its id; one without an id keeps those with its
 *  ends and type (the store then refuses it if there are several: docs/architecture.md). */
async function deletionsFor(store: GraphStore, batch: GraphBatch) {
  const keepNodes = new Set(batch.nodes.map((n) => n.id));
  const keepIds = new Set<string>();
  const keepKeys = new Set<string>();
  for (const r of batch.relationships) {
    if (r.id !== undefined) keepIds.add(r.id);
    else keepKeys.add(relationshipKey(r.from, r.type, r.to));
  }
  const topology = await store.exportTopology();
  const deleteNodes = topology.nodes.filter((n) => !keepNodes.has(n.id)).map((n) => n.id);
  const gone = new Set(deleteNodes);
  const deleteRelationships = topology.edges
    .filter(
      (r) =>
        !(r.id !== undefined && keepIds.has(r.id)) &&
        !keepKeys.has(relationshipKey(r.from, r.type, r.to)) &&
        !gone.has(r.from) &&
        !gone.has(r.to),
    )
    // The topology's types are the store's metamodel's, as the batch's are.
    .map((r) =>
      r.id !== undefined ? { id: r.id } : { from: r.from, type: r.type as RelationshipType, to: r.to },
    );
  return { deleteNodes, deleteRelationships };
}

/** Turns batch paths (`nodes.3.name`) into places in the file (`nodes.csv line 5: name`). */
function locate(issues: readonly InputIssue[], parsed: ParsedImport): InputIssue[] {
  return issues.map((issue) => {
    const match = /^(nodes|relationships)\.(\d+)(?:\.(.*))?$/.exec(issue.path);
    if (!match) return issue;
    const origins = match[1] === 'nodes' ? parsed.nodeOrigins : parsed.relationshipOrigins;
    const origin = origins[Number(match[2])];
    return origin ? { path: match[3] ? `${origin}: ${match[3]}` : origin, message: issue.message } : issue;
  });
}

/** The whole graph, read once from the store's stream. */
export async function readContent(store: GraphStore): Promise<GraphContent> {
  const nodes: GraphNode[] = [];
  const relationships: GraphRelationship[] = [];
  for await (const record of store.exportGraph()) {
    if (record.type === 'node') nodes.push(record.node);
    else relationships.push(record.relationship);
  }
  return { nodes, relationships };
}
