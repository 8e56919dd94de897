// What every import format produces and every export format consumes. Formats are pure
// text ↔ data transforms; the service validates, diffs and writes.
import type { GraphBatchInput, GraphNode, GraphRelationship } from '../metamodel/index.js';

/** Where in the file an item came from, for error messages: "nodes.csv line 12", "element id-5". */
export type Origin = string;

export interface ImportProblem {
  /** Where in the file: a line, an element, a column. */
  readonly where: Origin;
  readonly message: string;
}

export interface UnmappedItem {
  readonly where: Origin;
  /** The source format's type (e.g. ArchiMate "Principle"). */
  readonly type: string;
  readonly name?: string;
  readonly reason: string;
}

export interface ParsedImport {
  /** Raw items, to be validated by the metamodel's parseBatch (zod) by the caller. */
  readonly batch: GraphBatchInput & {
    nodes: NonNullable<GraphBatchInput['nodes']>;
    relationships: NonNullable<GraphBatchInput['relationships']>;
  };
  /** Origin of batch.nodes[i] and batch.relationships[i], to turn validation paths into places in the file. */
  readonly nodeOrigins: readonly Origin[];
  readonly relationshipOrigins: readonly Origin[];
  /** Problems found while reading (malformed file, unknown column, bad number…): any means nothing is imported. */
  readonly problems: readonly ImportProblem[];
  /** Items the format has but the metamodel cannot take: reported, never silently dropped. */
  readonly unmapped: readonly UnmappedItem[];
}

/** A whole graph, as the store exports it (nodes by id, then relationships by key). */
export interface GraphContent {
  readonly nodes: readonly GraphNode[];
  readonly relationships: readonly GraphRelationship[];
}
