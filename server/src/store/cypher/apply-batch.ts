// One write batch inside one transaction: read what the batch touches, validate it against
// the graph, plan it (domain/history/plan-batch), then write records and history together.
import { BadInputError, ConflictError } from '../../domain/errors.js';
import { stampChanges } from '../../domain/history/change.js';
import { planBatch, type BatchPlan } from '../../domain/history/plan-batch.js';
import { identityLookups, resolveRelationships } from '../../domain/history/relationship-identity.js';
import {
  checkBatchAgainstGraph,
  idsMentioned,
  type GraphBatch,
  type GraphRelationship,
  type NodeKind,
  type RelationshipType,
} from '../../domain/metamodel/index.js';
import type { BatchResult, WriteOptions } from '../port.js';
import {
  changeToRow,
  nodeToRow,
  relationshipToRow,
  rowToNode,
  rowToRelationship,
  type Row,
} from '../records.js';
import { storedRelationships } from './relationships-by-key.js';
import type { CypherTx } from './session.js';
import { META_KEY, countParams, type Statements } from './statements.js';

/** A batch this large first reads the graph's counts, to skip look-ups an empty graph cannot answer. */
const LARGE_BATCH = 1000;

export async function applyBatchInTx(
  tx: CypherTx,
  q: Statements,
  module: string,
  batch: GraphBatch,
  options: WriteOptions,
): Promise<BatchResult> {
  const { plan, current, result, deletedById } = await readAndPlan(tx, q, module, batch);
  const stamp = (version: number) =>
    stampChanges(plan.changes, { version, at: new Date().toISOString(), actor: options.actor ?? 'system' });
  if (options.dryRun || plan.changes.length === 0) {
    return { ...result, graphVersion: current, changes: stamp(current + 1), dryRun: options.dryRun ?? false };
  }

  // The version first: the history's rows are then made while the store is still writing the
  // records (LadybugDB copies one table while the next one's file is written).
  const [row] = await tx.run(q.bumpVersion, {
    key: META_KEY,
    ...countParams({
      nodes: plan.createNodes.length - plan.deleteNodes.length,
      relationships: plan.createRelationships.length - plan.deleteRelationships.length,
      changes: plan.changes.length,
    }),
  });
  // No row: a staged import holds the graph (staged-batch.ts); this transaction rolls back.
  if (!row) throw importInProgress(module);
  const graphVersion = Number(row.version);

  // Only those the batch names: a deleted node's relationships go with it (DETACH DELETE).
  for (const [type, rels] of groupByType(plan.deleteRelationships.filter((r) => deletedById.has(r.id)))) {
    await tx.run(q.deleteRelationships[type], { rows: rels.map((r) => relationshipToRow(r, q.layout)) });
  }
  if (plan.deleteNodes.length) await tx.run(q.deleteNodes, { ids: plan.deleteNodes.map((n) => n.id) });
  if (plan.createNodes.length)
    await tx.insert(
      q.inserts.nodes,
      plan.createNodes.map((n) => nodeToRow(n, n.version, q.layout)),
    );
  if (plan.updateNodes.length)
    await tx.run(q.updateNodes, { rows: plan.updateNodes.map((n) => nodeToRow(n, n.version, q.layout)) });
  // Rows one type at a time: each type's are dropped once written, not all held to the end.
  for (const [type, rels] of groupByType(plan.createRelationships))
    await tx.insert(
      q.inserts.relationships[type],
      rels.map((r) => relationshipToRow(r, q.layout)),
    );
  for (const [type, rels] of groupByType(plan.updateRelationships))
    await tx.run(q.updateRelationships[type], { rows: rels.map((r) => relationshipToRow(r, q.layout)) });
  const changes = stamp(graphVersion);
  await tx.insert(q.inserts.changes, changes.map(changeToRow));
  return { ...result, graphVersion, changes, dryRun: false };
}

export interface PlannedBatch {
  readonly plan: BatchPlan;
  /** The graph version the batch was read and planned at. */
  readonly current: number;
  readonly result: Pick<BatchResult, 'created' | 'updated' | 'unchanged' | 'deleted'>;
  /** The relationships the batch deletes itself, by id (not those going with a deleted node). */
  readonly deletedById: ReadonlySet<string>;
}

/** Reads what the batch touches, validates it against the graph and plans it; throws
 *  BAD_USER_INPUT or CONFLICT, having written nothing. */
export async function readAndPlan(
  tx: CypherTx,
  q: Statements,
  module: string,
  batch: GraphBatch,
): Promise<PlannedBatch> {
  // What the graph holds, on the counts the graph version record keeps: a first import into an
  // empty store looks up none of its 600k ids, and skips the relationship id look-up, which
  // scans every relationship on LadybugDB. (Neo4j keeps no counts there: null, never none.)
  // An edit's few ids are looked up without asking.
  const large = batch.nodes.length + batch.relationships.length >= LARGE_BATCH;
  const meta = large ? (await tx.run(q.meta, { key: META_KEY }))[0] : undefined;
  const none = (count: unknown) => count !== null && count !== undefined && Number(count) === 0;
  const ids = none(meta?.nodes) ? [] : idsMentioned(batch);
  const kinds = new Map<string, NodeKind>();
  for (const row of ids.length ? await tx.run(q.getKinds, { ids }) : []) {
    kinds.set(String(row.id), row.kind as NodeKind);
  }

  // Which stored relationship each item means (by id, or by ends and type when unambiguous).
  // Only sources already in the graph can have relationships (an import of new nodes reads none).
  const lookups = identityLookups(batch, (id) => kinds.has(id));
  const stored = await storedRelationships((statement, params) => tx.run(statement, params), q, {
    ...lookups,
    ids: none(meta?.relationships) ? [] : lookups.ids,
    sources: lookups.sources.filter((id) => kinds.has(id)),
  });
  const identified = resolveRelationships(batch, stored);
  const resolved = identified.batch;
  const relationships = new Map<string, GraphRelationship>(stored.byId);
  for (const list of stored.byKey.values()) for (const r of list) relationships.set(r.id, r);
  const issues = [
    ...identified.issues,
    ...checkBatchAgainstGraph(
      resolved,
      {
        kinds,
        existingRelationships: new Set(resolved.deleteRelationships.map((r) => r.id)),
      },
      q.layout.metamodel.rules,
      !q.layout.council,
    ),
  ];
  if (issues.length) throw new BadInputError(module, issues);

  // The stored state of the nodes the batch writes, deletes or version-checks: those that exist.
  const nodeIds = [
    ...new Set([
      ...batch.nodes.map((n) => n.id),
      ...batch.deleteNodes,
      ...Object.keys(batch.expectedVersions),
    ]),
  ].filter((id) => kinds.has(id));
  const nodes = new Map(
    (nodeIds.length ? await tx.run(q.getNodes, { ids: nodeIds }) : []).map((row) => [
      String(row.id),
      rowToNode(row, q.layout),
    ]),
  );
  const detached = batch.deleteNodes.length
    ? [
        ...(await outgoing(tx, q, batch.deleteNodes)),
        ...(await tx.run(q.expandIn, { ids: batch.deleteNodes, types: [...q.layout.relationshipTypes] })).map(
          (row) => rowToRelationship(row, q.layout),
        ),
      ]
    : [];

  const plan = planBatch(resolved, { nodes, relationships, detached });
  if (plan.conflicts.length) {
    throw new ConflictError(`[${module}] ${plan.conflicts.map((c) => c.message).join('; ')}`);
  }
  const current = Number((await tx.run(q.graphVersion, { key: META_KEY }))[0]?.version ?? 0);
  const result = {
    created: plan.createNodes.length + plan.createRelationships.length,
    updated: plan.updateNodes.length + plan.updateRelationships.length,
    unchanged: plan.unchanged,
    deleted: plan.deleteNodes.length + plan.deleteRelationships.length,
  };
  return { plan, current, result, deletedById: new Set(resolved.deleteRelationships.map((r) => r.id)) };
}

/** A write met the lease of a staged import that is still running. */
export function importInProgress(module: string, since?: string): ConflictError {
  return new ConflictError(
    `[${module}] a large import is being written${since ? ` (since ${since})` : ''}: the graph takes no other writes until it has finished or been rolled back; try again shortly`,
  );
}

async function outgoing(tx: CypherTx, q: Statements, ids: readonly string[]): Promise<GraphRelationship[]> {
  if (ids.length === 0) return [];
  return (await tx.run(q.expandOut, { ids: [...ids], types: [...q.layout.relationshipTypes] })).map((row) =>
    rowToRelationship(row, q.layout),
  );
}

/** Rows per relationship type: Cypher cannot take the type as a parameter. */
export function byType(
  rels: readonly GraphRelationship[],
  q: Pick<Statements, 'layout'>,
): Map<RelationshipType, Row[]> {
  const groups = new Map<RelationshipType, Row[]>();
  for (const [type, group] of groupByType(rels))
    groups.set(
      type,
      group.map((r) => relationshipToRow(r, q.layout)),
    );
  return groups;
}

/** Relationships by type, for rows made one type at a time. */
function groupByType(rels: readonly GraphRelationship[]): Map<RelationshipType, GraphRelationship[]> {
  const groups = new Map<RelationshipType, GraphRelationship[]>();
  for (const r of rels) {
    const group = groups.get(r.type);
    if (group) group.push(r);
    else groups.set(r.type, [r]);
  }
  return groups;
}
