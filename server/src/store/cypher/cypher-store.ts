// The graph store over any Cypher database: every port operation written once, on top of a
// session (LadybugDB or Neo4j) and that database's dialect.
import {
  relationshipKey,
  type Metamodel,
  type GraphBatch,
  type GraphNode,
  type GraphRelationship,
  type NodeKind,
} from '../../domain/metamodel/index.js';
import { ConflictError, NotFoundError } from '../../domain/errors.js';
import type { Change, HistoryQuery } from '../../domain/history/change.js';
import { afterLookups, completeAfter, type RecordValue } from '../../domain/history/complete-after.js';
import type { Topology } from '../../domain/impact/projection.js';
import type { Scenario, ScenarioInput } from '../../domain/scenarios/scenario.js';
import { neighbourhoodOf } from '../neighbourhood.js';
import type {
  BatchResult,
  ChangesSince,
  MetamodelChangeRecord,
  FrontierQuery,
  WriteOptions,
  GraphRecord,
  GraphStore,
  NeighbourhoodQuery,
  SearchPage,
  SearchQuery,
  Subgraph,
} from '../port.js';
import {
  COUNCIL_LAYOUT,
  compareText,
  rowToNode,
  rowToRelationship,
  rowToScenario,
  rowToTopologyEdge,
  rowToTopologyNode,
  rowToChange,
  scenarioToParams,
  storeLayout,
  type ReadRow,
  type StoreLayout,
} from '../records.js';
import {
  layoutChange,
  parseLog,
  recordChange,
  refuseIfUsed,
  whatStillUses,
  type SchemaAlterer,
} from './change-metamodel.js';
import { applyBatchInTx, importInProgress } from './apply-batch.js';
import { applyStaged, needsStaging, recoverStaged } from './staged-batch.js';
import { relationshipsById } from './relationships-by-key.js';
import { searchableOf } from '../../domain/search/match.js';
import { searchPage } from '../search-page.js';
import type { CypherDialect } from './dialect.js';
import type { CypherSession, CypherTx } from './session.js';
import { META_KEY, buildStatements, countParams, type Statements } from './statements.js';

/** Topology reads tried without a lock before one is taken (exportTopology). */
const TOPOLOGY_OPTIMISTIC_ATTEMPTS = 5;
/** Takes the Meta node's write lock without changing it: batches wait on it to bump the version. */
const LOCK_META = 'MATCH (m:Meta {key: $key}) SET m.version = m.version RETURN m.version AS version';

export class CypherGraphStore implements GraphStore {
  readonly name: string;
  /** Switched whole by a metamodel change (changeMetamodel): every statement follows the layout. */
  private q: Statements;
  private metamodelTail: Promise<unknown> = Promise.resolve();

  constructor(
    /** The session underneath, exposed for tests of its transaction boundary. */
    readonly session: CypherSession,
    private readonly dialect: CypherDialect,
    layout: StoreLayout = COUNCIL_LAYOUT,
    /** How this database's schema is altered for another metamodel; none: changes are refused. */
    private readonly alterer?: SchemaAlterer,
  ) {
    this.name = dialect.name;
    this.q = buildStatements(dialect, layout);
  }

  /** The metamodel the store was opened with (and holds: see store/metamodel-record.ts). */
  get metamodel(): Metamodel {
    return this.q.layout.metamodel;
  }

  private get module(): string {
    return `store/${this.name}`;
  }

  async getNodes(ids: readonly string[]): Promise<GraphNode[]> {
    if (ids.length === 0) return [];
    const rows = await this.session.read(this.q.getNodes, { ids: [...ids] });
    const byId = new Map(rows.map((row) => [String(row.id), rowToNode(row, this.q.layout)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  async getRelationships(ids: readonly string[]): Promise<GraphRelationship[]> {
    const byId = await relationshipsById(
      (statement, params) => this.session.read(statement, params),
      this.q,
      ids,
    );
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  async search(query: SearchQuery): Promise<SearchPage> {
    // Typo tolerance cannot be put in a WHERE: the words are matched in search-page.ts over
    // every node of the kinds asked for, then the page's nodes read. The read cache answers
    // searches from memory; this path serves while it is being read again.
    const kinds = query.kinds?.length ? [...query.kinds] : [...this.q.layout.kinds];
    const rows = await this.session.read(this.q.searchCandidates, { kinds, day: query.asAt ?? '' });
    const candidates = rows.map((row) => {
      const node = { id: String(row.id), kind: String(row.kind) as NodeKind };
      const text = {
        kind: node.kind,
        name: String(row.name),
        aliases: JSON.parse(String(row.aliasesJson ?? '[]')) as string[],
        description: row.description === null ? undefined : (row.description as string | undefined),
      };
      return { node, searchable: searchableOf(text), sortName: String(row.sortName) };
    });
    const hits = searchPage(candidates, query, this.module);
    return { ...hits, nodes: await this.getNodes(hits.nodes.map((n) => n.id)) };
  }

  neighbourhood(query: NeighbourhoodQuery): Promise<Subgraph> {
    return neighbourhoodOf(this, query);
  }

  async expandFrontier(query: FrontierQuery): Promise<GraphRelationship[]> {
    if (query.ids.length === 0 || query.types.length === 0) return [];
    const params = { ids: [...query.ids], types: [...query.types] };
    const reads: Promise<ReadRow[]>[] = [];
    if (query.direction !== 'IN') reads.push(this.session.read(this.q.expandOut, params));
    if (query.direction !== 'OUT') reads.push(this.session.read(this.q.expandIn, params));
    const unique = new Map<string, GraphRelationship>();
    for (const rows of await Promise.all(reads)) {
      for (const row of rows) {
        const rel = rowToRelationship(row, this.q.layout);
        unique.set(rel.id, rel);
      }
    }
    return [...unique.values()];
  }

  applyBatch(batch: GraphBatch, options: WriteOptions = {}): Promise<BatchResult> {
    const staging = this.session.staging;
    if (!options.dryRun && needsStaging(batch, staging)) {
      return applyStaged(this.session, this.q, this.module, batch, options, staging);
    }
    return this.session.write((tx) => applyBatchInTx(tx, this.q, this.module, batch, options));
  }

  /** Rolls back what a staged import killed midway left, once its lease has run out (at
   *  start-up; see staged-batch.ts). True when there was something to roll back. */
  async recoverStagedImport(): Promise<boolean> {
    return this.session.staging ? recoverStaged(this.session, this.q, this.session.staging) : false;
  }

  async history(query: HistoryQuery): Promise<Change[]> {
    const params = {
      since: query.since ?? '',
      version: query.before?.version ?? Number.MAX_SAFE_INTEGER,
      idx: query.before?.index ?? 0,
      limit: query.first,
      ...(query.subject ? { subject: query.subject } : {}),
    };
    const rows = await this.session.read(query.subject ? this.q.historyOf : this.q.history, params);
    const changes = rows.map(rowToChange);
    const { targets, fromVersion } = afterLookups(changes);
    if (targets.length === 0) return changes;
    const [later, current] = await Promise.all([
      this.session.read(this.q.changesAfter, { targets, version: fromVersion }),
      this.currentRecords(
        targets,
        new Set(changes.filter((c) => c.target === 'RELATIONSHIP').map((c) => c.targetId)),
      ),
    ]);
    return completeAfter(changes, later.map(rowToChange), current);
  }

  async changesSince(version: number, limit: number): Promise<ChangesSince | null> {
    // Up to the graph version: a staged import's entries lie past it until it is switched in
    // (and are gone if it is rolled back).
    const upto = await this.graphVersion();
    const rows = await this.session.read(this.q.changesSince, { version, upto, limit: limit + 1 });
    if (rows.length > limit) return null;
    const changes = rows.map(rowToChange);
    // Every version in between must have its entries; one without (a wipe) cannot be replayed.
    let expected = version;
    for (const change of changes) {
      if (change.version === expected) continue;
      if (change.version !== expected + 1) return null;
      expected = change.version;
    }
    // The value after each change is the next change's value before, or the record as it is
    // now. A write landing after the changes were read may make "now" newer than the last of
    // them: the reader then holds a few records fresher than its version, and its next catch-up
    // replays that write over them, so it ends where the store is. Retrying until no write
    // landed in between never ended under a write a second on a busy server.
    const targets = [...new Set(changes.filter((c) => c.action !== 'DELETE').map((c) => c.targetId))];
    const relationshipIds = new Set(
      changes.filter((c) => c.target === 'RELATIONSHIP').map((c) => c.targetId),
    );
    const current = targets.length
      ? await this.currentRecords(targets, relationshipIds)
      : new Map<string, RecordValue>();
    return { version: changes.at(-1)?.version ?? version, changes: completeAfter(changes, changes, current) };
  }

  /** Nodes and relationships as they are now, by node or relationship id. */
  private async currentRecords(
    targets: readonly string[],
    relationshipIds: ReadonlySet<string>,
  ): Promise<Map<string, RecordValue>> {
    const [nodes, rels] = await Promise.all([
      this.getNodes(targets.filter((t) => !relationshipIds.has(t))),
      relationshipsById(
        (statement, params) => this.session.read(statement, params),
        this.q,
        targets.filter((t) => relationshipIds.has(t)),
      ),
    ]);
    return new Map<string, RecordValue>([...nodes.map((n) => [n.id, n] as const), ...rels]);
  }

  async *exportGraph(): AsyncIterable<GraphRecord> {
    // Whole tables in one read each (COPY … TO on LadybugDB: far quicker than pages of rows),
    // then sorted here: nodes by id, relationships by key (then id, for parallel ones).
    const nodes = (await this.session.readAll(this.q.allNodes, (row) => rowToNode(row, this.q.layout))).sort(
      (a, b) => compareText(a.id, b.id),
    );
    for (const node of nodes) yield { type: 'node', node };
    const keyed = (
      await this.session.readAll(this.q.allRelationships, (row) => rowToRelationship(row, this.q.layout))
    )
      .map((r) => [`${relationshipKey(r.from, r.type, r.to)}|${r.id}`, r] as const)
      .sort(([a], [b]) => compareText(a, b));
    for (const [, relationship] of keyed) yield { type: 'relationship', relationship };
  }

  async countByKind(): Promise<Record<NodeKind, number>> {
    const counts = Object.fromEntries(this.q.layout.kinds.map((k) => [k, 0])) as Record<NodeKind, number>;
    for (const row of await this.session.read(this.q.countByKind)) {
      if (String(row.kind) in counts) counts[row.kind as NodeKind] = Number(row.count);
    }
    return counts;
  }

  async countRelationships(): Promise<number> {
    const [row] = await this.session.read(this.q.countRelationships);
    return Number(row?.count ?? 0);
  }

  async graphVersion(): Promise<number> {
    const [row] = await this.session.read(this.q.graphVersion, { key: META_KEY });
    return Number(row?.version ?? 0);
  }

  async exportTopology(): Promise<Topology> {
    // Optimistic first: read the version before and after, and keep the read when no write came
    // in between (the common case, and no writer is held up).
    for (let attempt = 1; attempt <= TOPOLOGY_OPTIMISTIC_ATTEMPTS; attempt++) {
      const version = await this.graphVersion();
      const [nodes, edges] = await Promise.all([
        this.session.readAll(this.q.topologyNodes, rowToTopologyNode),
        this.session.readAll(this.q.topologyEdges, rowToTopologyEdge),
      ]);
      if ((await this.graphVersion()) === version) return { version, nodes, edges };
    }
    // Writes kept landing mid-read: returning the last read could mix two graph versions, so
    // read once more holding the writers' lock (every batch bumps the Meta version in its own
    // transaction, so none can commit until this read is done). Said aloud: a store this busy
    // is worth knowing about.
    process.emitWarning(
      `[${this.module}] the graph changed during ${TOPOLOGY_OPTIMISTIC_ATTEMPTS} topology reads in a row: read again holding the writers' lock`,
      { code: 'TOPOLOGY_READ_LOCKED' },
    );
    return this.session.write(async (tx) => {
      const [meta] = await tx.run(LOCK_META, { key: META_KEY });
      const [nodes, edges] = [
        (await tx.run(this.q.topologyNodes)).map(rowToTopologyNode),
        (await tx.run(this.q.topologyEdges)).map(rowToTopologyEdge),
      ];
      return { version: Number(meta?.version ?? 0), nodes, edges };
    });
  }

  async saveScenario(input: ScenarioInput): Promise<Scenario> {
    return this.session.write(async (tx) => {
      const [before] = (await tx.run(this.q.getScenarios, { ids: [input.id] })).map(rowToScenario);
      if (input.expectedVersion !== undefined && before?.version !== input.expectedVersion) {
        throw new ConflictError(
          `[${this.module}] scenario "${input.id}" is at version ${before?.version ?? 'none'}, not ${input.expectedVersion}: reload it and try again`,
        );
      }
      const now = new Date().toISOString();
      const { expectedVersion: _expected, ...fields } = input;
      const scenario: Scenario = {
        ...fields,
        version: (before?.version ?? 0) + 1,
        createdAt: before?.createdAt ?? now,
        updatedAt: now,
      };
      await tx.run(before ? this.q.updateScenario : this.q.createScenario, scenarioToParams(scenario));
      return scenario;
    });
  }

  async getScenarios(ids?: readonly string[]): Promise<Scenario[]> {
    const rows = ids
      ? ids.length
        ? await this.session.read(this.q.getScenarios, { ids: [...ids] })
        : []
      : await this.session.read(this.q.listScenarios);
    return rows.map(rowToScenario);
  }

  async deleteScenario(id: string): Promise<void> {
    await this.session.write(async (tx) => {
      if ((await tx.run(this.q.getScenarios, { ids: [id] })).length === 0) {
        throw new NotFoundError(this.module, [id], 'scenario');
      }
      await tx.run(this.q.deleteScenario, { id });
    });
  }

  backup(directory: string): Promise<void> {
    return this.session.backup(directory);
  }

  changeMetamodel(next: Metamodel, options: { actor?: string } = {}): Promise<MetamodelChangeRecord> {
    // One change at a time: each starts from the layout the one before left.
    const run = this.metamodelTail.then(
      () => this.changeMetamodelNow(next, options),
      () => this.changeMetamodelNow(next, options),
    );
    this.metamodelTail = run.catch(() => undefined);
    return run;
  }

  private async changeMetamodelNow(
    next: Metamodel,
    options: { actor?: string },
  ): Promise<MetamodelChangeRecord> {
    if (!this.alterer)
      throw new ConflictError(`[${this.module}] this store was opened without schema changes`);
    const from = this.q.layout;
    const to = storeLayout(next);
    const change = layoutChange(from, to);
    const read = (statement: string, params?: Record<string, unknown>) =>
      this.session.read(statement, params);
    // Refused before the schema is touched when something holds what the metamodel drops.
    refuseIfUsed(this.module, await whatStillUses(read, change, from, next));
    const undo = await this.alterer.widen(from, to);
    const previous = this.q;
    let record: MetamodelChangeRecord;
    try {
      record = await this.session.write(async (tx) => {
        const run = (statement: string, params?: Record<string, unknown>) => tx.run(statement, params);
        // The version first: it takes the Meta record's lock, so no batch commits in between.
        const version = await this.bumpVersion(tx);
        refuseIfUsed(this.module, await whatStillUses(run, change, from, next));
        const done = await recordChange(run, from.metamodel, next, version, options.actor ?? 'system');
        // Switched inside the transaction: the next write (LadybugDB queues them) already uses
        // the new statements; put back below when the commit fails.
        this.q = buildStatements(this.dialect, to);
        return done;
      });
    } catch (error) {
      this.q = previous;
      await undo().catch((undoError: unknown) =>
        process.emitWarning(
          `[${this.module}] could not undo the schema widened for the ${next.name} metamodel: ${String(undoError)}`,
          { code: 'METAMODEL_UNDO_FAILED' },
        ),
      );
      throw error;
    }
    // What nothing uses any more. Left behind if this fails: the new statements never read it.
    await this.alterer
      .narrow(from, to)
      .catch((error: unknown) =>
        process.emitWarning(
          `[${this.module}] the ${next.name} metamodel is in force, but what the ${from.metamodel.name} metamodel had and it lacks was not dropped: ${String(error)}`,
          { code: 'METAMODEL_NARROW_FAILED' },
        ),
      );
    return record;
  }

  async metamodelChanges(): Promise<MetamodelChangeRecord[]> {
    const [row] = await this.session.read('MATCH (m:Meta {key: $key}) RETURN m.metamodelLog AS log', {
      key: META_KEY,
    });
    return parseLog(row?.log);
  }

  clear(): Promise<void> {
    return this.session.write(async (tx) => {
      await tx.run(this.q.deleteAllNodes);
      await this.bumpVersion(tx);
      // The history stays; the counts are set from what the tables hold, so a deliberate wipe
      // (`npm run seed -- --wipe`) also mends a store whose counts a crash had torn.
      const [changes] = await tx.run(this.q.countChanges);
      await tx.run(this.q.setCounts, {
        key: META_KEY,
        ...countParams({ nodes: 0, relationships: 0, changes: Number(changes?.count ?? 0) }),
      });
    });
  }

  close(): Promise<void> {
    return this.session.close();
  }

  private async bumpVersion(tx: CypherTx): Promise<number> {
    const [row] = await tx.run(this.q.bumpVersion, {
      key: META_KEY,
      ...countParams({ nodes: 0, relationships: 0, changes: 0 }),
    });
    if (!row) throw importInProgress(this.module);
    return Number(row.version);
  }
}
