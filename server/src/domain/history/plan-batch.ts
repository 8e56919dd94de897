// Plans a write batch against what the store holds: which records to create, update and
// delete, the version conflicts, and the history entries. Pure: the store reads, calls this,
// and writes what it says inside one transaction.
import type { GraphNode, GraphRelationship } from '../metamodel/index.js';
import type { Change } from './change.js';
import type { ResolvedBatch } from './relationship-identity.js';

export interface ExistingState {
  readonly nodes: ReadonlyMap<string, GraphNode>;
  /** Relationships the batch upserts or deletes, by id, that exist. */
  readonly relationships: ReadonlyMap<string, GraphRelationship>;
  /** Relationships touching the nodes the batch deletes (they go with them). */
  readonly detached: readonly GraphRelationship[];
}

export interface BatchPlan {
  readonly createNodes: GraphNode[];
  readonly updateNodes: GraphNode[];
  readonly createRelationships: GraphRelationship[];
  readonly updateRelationships: GraphRelationship[];
  readonly deleteRelationships: GraphRelationship[];
  readonly deleteNodes: GraphNode[];
  readonly unchanged: number;
  /** Ids whose expected version differs from the stored one, with a sentence each. */
  readonly conflicts: readonly { readonly id: string; readonly message: string }[];
  /** History entries, version 0 with no time or actor: the store stamps them (stampChanges). */
  readonly changes: readonly Change[];
}

export function planBatch(batch: ResolvedBatch, existing: ExistingState): BatchPlan {
  const conflicts: { id: string; message: string }[] = [];
  for (const [id, expected] of Object.entries(batch.expectedVersions)) {
    const actual = existing.nodes.get(id)?.version ?? 0;
    if (actual !== expected) {
      conflicts.push({
        id,
        message:
          expected === 0
            ? `node "${id}" already exists (version ${actual})`
            : actual === 0
              ? `node "${id}" no longer exists (expected version ${expected})`
              : `node "${id}" is at version ${actual}, not ${expected}: reload it and try again`,
      });
    }
  }

  const changes: Change[] = [];
  const record = (
    action: Change['action'],
    target: Change['target'],
    before: GraphNode | GraphRelationship | undefined,
    after: GraphNode | GraphRelationship | undefined,
  ) => {
    const subject = (after ?? before)!;
    const isNode = target === 'NODE';
    const rel = subject as GraphRelationship;
    // One shape for every entry (absent values as undefined): a large import makes 600k of them.
    changes.push({
      version: 0,
      index: changes.length,
      at: '',
      actor: '',
      action,
      target,
      targetId: isNode ? (subject as GraphNode).id : rel.id,
      subjects: isNode ? [(subject as GraphNode).id] : [rel.from, rel.to],
      before,
      after,
    });
  };

  const deletedRels = new Map<string, GraphRelationship>();
  for (const r of batch.deleteRelationships) deletedRels.set(r.id, r);
  for (const r of existing.detached) deletedRels.set(r.id, r);
  for (const r of deletedRels.values()) record('DELETE', 'RELATIONSHIP', r, undefined);
  const deleteNodes = batch.deleteNodes.map((id) => existing.nodes.get(id)!);
  for (const n of deleteNodes) record('DELETE', 'NODE', n, undefined);

  const createNodes: GraphNode[] = [];
  const updateNodes: GraphNode[] = [];
  let unchanged = 0;
  for (const input of batch.nodes) {
    const before = existing.nodes.get(input.id);
    if (before && sameContent(before, input)) {
      unchanged++;
      continue;
    }
    const after: GraphNode = { ...input, version: (before?.version ?? 0) + 1 };
    (before ? updateNodes : createNodes).push(after);
    record(before ? 'UPDATE' : 'CREATE', 'NODE', before, after);
  }
  const createRelationships: GraphRelationship[] = [];
  const updateRelationships: GraphRelationship[] = [];
  for (const rel of batch.relationships) {
    const before = existing.relationships.get(rel.id);
    if (before && sameContent(before, rel)) {
      unchanged++;
      continue;
    }
    (before ? updateRelationships : createRelationships).push(rel);
    record(before ? 'UPDATE' : 'CREATE', 'RELATIONSHIP', before, rel);
  }
  return {
    createNodes,
    updateNodes,
    createRelationships,
    updateRelationships,
    deleteRelationships: [...deletedRels.values()],
    deleteNodes,
    unchanged,
    conflicts,
    changes,
  };
}

/** Same content, ignoring the version and key order: "did anything change?". */
export function sameContent(a: object, b: object): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (key, v: unknown) => {
    if (key === 'version') return undefined;
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(
        Object.entries(v as Record<string, unknown>)
          .filter(([, x]) => x !== undefined)
          .sort(([x], [y]) => (x < y ? -1 : 1)),
      );
    }
    return v;
  });
}
