// A format's writer takes the graph one record at a time, in the store's export order (nodes by
// id, then relationships by key), and gives back text to append: so an export can be streamed
// as it is read, and the whole-content writers are the same code run over two lists.
import type { GraphNode, GraphRelationship } from '../metamodel/index.js';
import type { GraphContent } from './types.js';

export interface GraphWriter {
  /** Text before the first record. */
  start(): string;
  node(node: GraphNode): string;
  relationship(relationship: GraphRelationship): string;
  /** Text after the last record. */
  end(): string;
  /** False when the file holds no relationships (nodes.csv): the reader may stop after the nodes. */
  readonly wantsRelationships: boolean;
}

/** The whole file at once, from content already in memory. */
export function writeAll(writer: GraphWriter, content: GraphContent): string {
  const parts = [writer.start()];
  for (const node of content.nodes) parts.push(writer.node(node));
  for (const relationship of content.relationships) parts.push(writer.relationship(relationship));
  parts.push(writer.end());
  return parts.join('');
}
