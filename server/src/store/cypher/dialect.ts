// The few places where LadybugDB's and Neo4j's Cypher differ, for the statements we send.
import type { ColumnType } from '../records.js';

export interface CypherDialect {
  readonly name: 'ladybug' | 'neo4j';
  /** Casts a text parameter (numbers travel as text) to the column's type. */
  cast(expression: string, type: ColumnType): string;
  /** The type name of a relationship variable. */
  relType(variable: string): string;
  /** The condition, on the Meta record `m`, that no staged import holds the graph
   *  (cypher/staged-batch.ts); LadybugDB writes every batch in one transaction and never stages. */
  readonly notStaging: string;
}

export const ladybugDialect: CypherDialect = {
  name: 'ladybug',
  cast: (expression, type) => (type === 'STRING' ? expression : `CAST(${expression} AS ${type})`),
  relType: (variable) => `label(${variable})`,
  notStaging: 'true',
};

export const neo4jDialect: CypherDialect = {
  name: 'neo4j',
  cast: (expression, type) =>
    type === 'INT64'
      ? `toInteger(${expression})`
      : type === 'DOUBLE'
        ? `toFloat(${expression})`
        : type === 'BOOLEAN'
          ? `toBoolean(${expression})`
          : expression,
  relType: (variable) => `type(${variable})`,
  notStaging: 'm.importing IS NULL',
};
