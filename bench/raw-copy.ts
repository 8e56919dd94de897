// The raw load rate the product's import is compared with: the product's schema and rows, written
// as CSV files and loaded with LadybugDB's own COPY FROM, in the same run.
import fs from 'node:fs';
import path from 'node:path';
import lbug from '@ladybugdb/core';
import {
  defaultRelationshipId,
  type GraphBatch,
  type RelationshipType,
} from '../server/src/domain/metamodel/index.js';
import { schemaStatements } from '../server/src/store/ladybug/open-ladybug.js';
import {
  NODE_COLUMNS,
  RELATIONSHIP_COLUMNS,
  nodeToRow,
  relationshipToRow,
} from '../server/src/store/records.js';
import { round } from './timing.js';

/** CSV the way LadybugDB's COPY reads it: every field quoted, quotes doubled, lists as [a,b]. */
const csvField = (value: string | string[] | null): string =>
  value === null ? '' : `"${(Array.isArray(value) ? `[${value.join(',')}]` : value).replace(/"/g, '""')}"`;

export interface CopyResult {
  readonly csvMs: number;
  readonly copyMs: number;
  readonly elements: number;
  readonly elementsPerSecond: number;
}

/** The raw rate: the product's schema, rows as the product makes them, written with COPY FROM csv. */
export async function rawCopy(batch: GraphBatch, dir: string): Promise<CopyResult> {
  const t0 = performance.now();
  const nodeFile = path.join(dir, 'nodes.csv');
  const nodeLines = batch.nodes.map((n) => {
    const row = nodeToRow(n, 1);
    return NODE_COLUMNS.map((c) => csvField(row[c.name] ?? null)).join(',');
  });
  fs.writeFileSync(nodeFile, nodeLines.join('\n'));
  const byType = new Map<RelationshipType, string[]>();
  for (const r of batch.relationships) {
    const row = relationshipToRow({ ...r, id: r.id ?? defaultRelationshipId(r.from, r.type, r.to) });
    const line = [row.src, row.dst, ...RELATIONSHIP_COLUMNS.map((c) => row[c.name] ?? null)]
      .map((v) => csvField(v ?? null))
      .join(',');
    (byType.get(r.type) ?? byType.set(r.type, []).get(r.type)!).push(line);
  }
  for (const [type, lines] of byType) fs.writeFileSync(path.join(dir, `${type}.csv`), lines.join('\n'));
  const csvMs = performance.now() - t0;

  const db = new lbug.Database(path.join(dir, 'copy.lbug'));
  const conn = new lbug.Connection(db);
  try {
    for (const statement of schemaStatements()) await conn.query(statement);
    const t1 = performance.now();
    await conn.query(`COPY Node FROM '${nodeFile}' (HEADER=false)`);
    for (const type of byType.keys()) {
      await conn.query(`COPY \`${type}\` FROM '${path.join(dir, `${type}.csv`)}' (HEADER=false)`);
    }
    const copyMs = performance.now() - t1;
    const counted = await conn.query('MATCH (:Node)-[e]->(:Node) RETURN count(e) AS c');
    const [row] = (await (Array.isArray(counted) ? counted[0]! : counted).getAll()) as { c: number }[];
    if (Number(row?.c) !== batch.relationships.length) {
      throw new Error(`bench: COPY loaded ${row?.c} relationships, not ${batch.relationships.length}`);
    }
    const elements = batch.nodes.length + batch.relationships.length;
    return {
      csvMs: round(csvMs),
      copyMs: round(copyMs),
      elements,
      elementsPerSecond: Math.round((elements / copyMs) * 1000),
    };
  } finally {
    await conn.close();
    await db.close();
  }
}
