// The typenames an edit invalidates are names in the schema: a type renamed in the API and not
// here leaves urql serving stale results (a search that found nothing before an import, after it).
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { GRAPH_TYPENAMES } from './use-graph-mutation.js';

const SCHEMA = path.resolve(import.meta.dirname, '../generated/schema.graphql');

describe('GRAPH_TYPENAMES', () => {
  it('names only types the schema has, including every connection of graph data', () => {
    const schema = buildSchema(fs.readFileSync(SCHEMA, 'utf8'));
    const missing = GRAPH_TYPENAMES.filter((name) => !schema.getType(name));
    expect(missing).toEqual([]);
    const connections = Object.keys(schema.getTypeMap()).filter((name) => name.endsWith('Connection'));
    expect(connections.filter((name) => !GRAPH_TYPENAMES.includes(name))).toEqual([]);
  });
});
