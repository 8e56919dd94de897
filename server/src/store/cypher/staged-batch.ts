// A batch too large for one transaction (Neo4j bounds a transaction's memory), written in
// transactions of a few thousand records and still all-or-nothing:
// - the first transaction takes a lease on the Meta record (no other write bumps the version
//   while it is held: see `notStaging` in dialect.ts), then reads, validates and plans the whole
//   batch as the one-transaction path does;
// - each following transaction writes a slice of the plan together with the slice's history
//   entries, stamped with the next graph version. Those entries are the undo log: every one names
//   its target and keeps the value before, so the staged writes can always be taken back;
// - the last transaction bumps the version and the counts and releases the lease, in one go.
// A failure rolls the written slices back, newest first, each undo transaction deleting the
// entries it undid (so a rollback cut short resumes where it stopped). A process killed midway
// leaves the lease to run out: the next start, or the next write that meets it, rolls back.
// Readers may see staged records while the import runs; the graph version moves only at the end.
import { randomUUID } from 'node:crypto';
import { ConflictError } from '../../domain/errors.js';
import { stampChanges, type Change } from '../../domain/history/change.js';
import { type GraphBatch, type GraphNode } from '../../domain/metamodel/index.js';
import type { GraphRelationship } from '../../domain/metamodel/index.js';
import type { BatchResult, WriteOptions } from '../port.js';
import { CHANGE_COLUMNS, changeToRow, nodeToRow, rowToChange } from '../records.js';
import { byType, importInProgress, readAndPlan } from './apply-batch.js';
import type { CypherSession, CypherTx, Staging } from './session.js';
import { COUNTS, META_KEY, countParams, quote, type Statements } from './statements.js';

const changeReturn = CHANGE_COLUMNS.map((c) => `c.${quote(c.name)} AS ${quote(c.name)}`).join(', ');

/** Neo4j's Cypher only: LadybugDB never stages (its session's `staging` is null). */
export const STAGING_STATEMENTS = {
  claim:
    'MATCH (m:Meta {key: $key}) WHERE m.importing IS NULL ' +
    'SET m.importing = $import, m.importLease = $lease, m.importSince = $since RETURN m.version AS version',
  lease:
    'MATCH (m:Meta {key: $key}) RETURN m.version AS version, m.importing AS importing, ' +
    'm.importLease AS lease, m.importSince AS since',
  renew:
    'MATCH (m:Meta {key: $key}) WHERE m.importing = $import SET m.importLease = $lease RETURN m.version AS version',
  takeOver:
    'MATCH (m:Meta {key: $key}) WHERE m.importing = $held AND m.importLease < $now ' +
    'SET m.importing = $import, m.importLease = $lease RETURN m.version AS version',
  release:
    'MATCH (m:Meta {key: $key}) WHERE m.importing = $import ' +
    'SET m.importing = null, m.importLease = null, m.importSince = null',
  finish:
    'MATCH (m:Meta {key: $key}) WHERE m.importing = $import SET m.version = m.version + 1, ' +
    COUNTS.map((c) => `m.${c} = m.${c} + toInteger($${c})`).join(', ') +
    ', m.importing = null, m.importLease = null, m.importSince = null RETURN m.version AS version',
  /** History entries past the graph version: a staged import's, not yet switched in. The
   *  composite index on (version, idx) is only used with a predicate on both properties; without
   *  `idx IS NOT NULL` this scans every entry (tests/contract/neo4j-plans.neo4j.test.ts). */
  staged: `MATCH (c:Change) WHERE c.version > $version AND c.idx IS NOT NULL RETURN ${changeReturn} ORDER BY c.version DESC, c.idx DESC LIMIT $limit`,
  dropChanges: 'UNWIND $keys AS k MATCH (c:Change) WHERE c.version = k.version AND c.idx = k.idx DELETE c',
} as const;
const S = STAGING_STATEMENTS;

/** Whether a batch is written staged: more records than one staged transaction takes. */
export function needsStaging(batch: GraphBatch, staging: Staging | null): staging is Staging {
  if (!staging) return false;
  const size =
    batch.nodes.length +
    batch.relationships.length +
    batch.deleteNodes.length +
    batch.deleteRelationships.length;
  return size > staging.rows;
}

interface Lease {
  readonly version: number;
  readonly importing: string | null;
  readonly lease: number | null;
  readonly since: string | null;
}

async function readLease(session: CypherSession): Promise<Lease> {
  const [row] = await session.read(S.lease, { key: META_KEY });
  return {
    version: Number(row?.version ?? 0),
    importing: row?.importing == null ? null : String(row.importing),
    lease: row?.lease == null ? null : Number(row.lease),
    since: row?.since == null ? null : String(row.since),
  };
}

export async function applyStaged(
  session: CypherSession,
  q: Statements,
  module: string,
  batch: GraphBatch,
  options: WriteOptions,
  staging: Staging,
): Promise<BatchResult> {
  const id = randomUUID();
  const lease = () => Date.now() + staging.leaseMs;
  const planned = await claimAndPlan(session, q, module, batch, id, lease, staging);
  const { plan, current, result } = planned;
  if (plan.changes.length === 0) return { ...result, graphVersion: current, changes: [], dryRun: false };

  const version = current + 1;
  const changes = stampChanges(plan.changes, {
    version,
    at: new Date().toISOString(),
    actor: options.actor ?? 'system',
  });
  const slices = sliceChanges(changes, staging.rows);
  let done = 0;
  options.onProgress?.(0, changes.length);
  try {
    for (const slice of slices) {
      await session.write(async (tx) => {
        if (!(await tx.run(S.renew, { key: META_KEY, import: id, lease: lease() })).length) {
          throw lostLease(module);
        }
        await writeSlice(tx, q, slice);
        await tx.insert(q.inserts.changes, slice.map(changeToRow));
      });
      done += slice.length;
      options.onProgress?.(done, changes.length);
    }
    const [row] = await session.write((tx) =>
      tx.run(S.finish, {
        key: META_KEY,
        import: id,
        ...countParams({
          nodes: plan.createNodes.length - plan.deleteNodes.length,
          relationships: plan.createRelationships.length - plan.deleteRelationships.length,
          changes: changes.length,
        }),
      }),
    );
    if (!row) throw lostLease(module);
    return { ...result, graphVersion: Number(row.version), changes, dryRun: false };
  } catch (error) {
    // Taken back now; if that fails too, the lease runs out and the next start finishes it.
    await rollBackStaged(session, q, { import: id, version: current, rows: staging.rows }).catch(
      () => undefined,
    );
    throw error;
  }
}

/** The lease and the plan in one transaction: the lease first, so that every write committed
 *  before it is in what the plan reads, and none after it can bump the version. A lease left by
 *  an import that stopped renewing it is rolled back first. */
async function claimAndPlan(
  session: CypherSession,
  q: Statements,
  module: string,
  batch: GraphBatch,
  id: string,
  lease: () => number,
  staging: Staging,
) {
  for (let attempt = 0; ; attempt++) {
    const planned = await session.write(async (tx) => {
      const claimed = await tx.run(S.claim, {
        key: META_KEY,
        import: id,
        lease: lease(),
        since: new Date().toISOString(),
      });
      if (!claimed.length) return null;
      const plan = await readAndPlan(tx, q, module, batch);
      // Nothing to write: the lease goes with this transaction.
      if (plan.plan.changes.length === 0) await tx.run(S.release, { key: META_KEY, import: id });
      return plan;
    });
    if (planned) return planned;
    const held = await readLease(session);
    if (attempt > 0 || !(await recoverStaged(session, q, staging, held))) {
      throw importInProgress(module, held.since ?? undefined);
    }
  }
}

/** Consecutive changes, `rows` at a time: the plan lists deleted relationships, deleted nodes,
 *  written nodes, then written relationships, so slices in order keep every end in place. */
function sliceChanges(changes: readonly Change[], rows: number): Change[][] {
  const slices: Change[][] = [];
  for (let i = 0; i < changes.length; i += rows) slices.push(changes.slice(i, i + rows));
  return slices;
}

type Op = 'create' | 'update' | 'delete';

/** Writes a slice of planned changes forwards. */
async function writeSlice(tx: CypherTx, q: Statements, slice: readonly Change[]): Promise<void> {
  const pick = <T>(action: Change['action'], target: Change['target']) =>
    slice.filter((c) => c.action === action && c.target === target).map((c) => (c.after ?? c.before) as T);
  await writeRelationships(tx, q, 'delete', pick<GraphRelationship>('DELETE', 'RELATIONSHIP'));
  await writeNodes(tx, q, 'delete', pick<GraphNode>('DELETE', 'NODE'));
  await writeNodes(tx, q, 'create', pick<GraphNode>('CREATE', 'NODE'));
  await writeNodes(tx, q, 'update', pick<GraphNode>('UPDATE', 'NODE'));
  await writeRelationships(tx, q, 'create', pick<GraphRelationship>('CREATE', 'RELATIONSHIP'));
  await writeRelationships(tx, q, 'update', pick<GraphRelationship>('UPDATE', 'RELATIONSHIP'));
}

/** Takes a slice of written changes back, in the reverse order: each change's inverse. */
async function undoSlice(tx: CypherTx, q: Statements, slice: readonly Change[]): Promise<void> {
  const pick = (action: Change['action'], target: Change['target']) =>
    slice.filter((c) => c.action === action && c.target === target);
  const nodeOnly = (c: Change) => ({ id: c.targetId }) as GraphNode;
  const before = <T>(c: Change) => c.before as T;
  await writeRelationships(tx, q, 'update', pick('UPDATE', 'RELATIONSHIP').map(before<GraphRelationship>));
  // A created relationship's entry keeps its id and ends but not its type: deleted by id under
  // each type (the statements are per type; the others match nothing).
  const created = pick('CREATE', 'RELATIONSHIP').map((c) => ({ src: c.subjects[0], id: c.targetId }));
  if (created.length)
    for (const type of q.layout.relationshipTypes)
      await tx.run(q.deleteRelationships[type], { rows: created });
  await writeNodes(tx, q, 'update', pick('UPDATE', 'NODE').map(before<GraphNode>));
  await writeNodes(tx, q, 'delete', pick('CREATE', 'NODE').map(nodeOnly));
  await writeNodes(tx, q, 'create', pick('DELETE', 'NODE').map(before<GraphNode>));
  await writeRelationships(tx, q, 'create', pick('DELETE', 'RELATIONSHIP').map(before<GraphRelationship>));
}

async function writeNodes(tx: CypherTx, q: Statements, op: Op, nodes: readonly GraphNode[]): Promise<void> {
  if (nodes.length === 0) return;
  if (op === 'delete') await tx.run(q.deleteNodes, { ids: nodes.map((n) => n.id) });
  else if (op === 'create')
    await tx.insert(
      q.inserts.nodes,
      nodes.map((n) => nodeToRow(n, n.version, q.layout)),
    );
  else await tx.run(q.updateNodes, { rows: nodes.map((n) => nodeToRow(n, n.version, q.layout)) });
}

async function writeRelationships(
  tx: CypherTx,
  q: Statements,
  op: Op,
  rels: readonly GraphRelationship[],
): Promise<void> {
  for (const [type, rows] of byType(rels, q)) {
    if (op === 'create') await tx.insert(q.inserts.relationships[type], rows);
    else await tx.run(op === 'delete' ? q.deleteRelationships[type] : q.updateRelationships[type], { rows });
  }
}

/** Undoes every staged change past `version`, newest first, `rows` at a time; each undo
 *  commits with the deletion of the entries it undid. Releases the lease at the end. */
async function rollBackStaged(
  session: CypherSession,
  q: Statements,
  run: { readonly import: string; readonly version: number; readonly rows: number },
): Promise<void> {
  for (;;) {
    const undone = await session.write(async (tx) => {
      const slice = (await tx.run(S.staged, { version: run.version, limit: run.rows })).map(rowToChange);
      if (slice.length === 0) {
        await tx.run(S.release, { key: META_KEY, import: run.import });
        return 0;
      }
      await undoSlice(tx, q, slice);
      await tx.run(S.dropChanges, { keys: slice.map((c) => ({ version: c.version, idx: c.index })) });
      return slice.length;
    });
    if (undone === 0) return;
  }
}

/**
 * Rolls back what a staged import left, if its lease has run out (the importing process was
 * killed, or lost the store): at start-up and when a write meets such a lease. Takes the lease
 * over first, so that two servers do not both roll back. True when there was something to
 * roll back and it was; false when a live import holds the lease.
 */
export async function recoverStaged(
  session: CypherSession,
  q: Statements,
  staging: Staging,
  seen?: Lease,
): Promise<boolean> {
  const held = seen ?? (await readLease(session));
  if (held.importing === null) return false;
  const now = Date.now();
  if (held.lease !== null && held.lease >= now) return false;
  const id = `rollback:${randomUUID()}`;
  const taken = await session.write((tx) =>
    tx.run(S.takeOver, {
      key: META_KEY,
      held: held.importing,
      now,
      import: id,
      lease: now + staging.leaseMs,
    }),
  );
  if (!taken.length) return false;
  await rollBackStaged(session, q, { import: id, version: held.version, rows: staging.rows });
  return true;
}

function lostLease(module: string): ConflictError {
  return new ConflictError(
    `[${module}] the import lost its lease on the graph (it ran out and another server rolled the import back); nothing of it was kept`,
  );
}
