// Validation of a write batch: first its shape (zod), then against the graph it will change.
// Both are pure; the store calls `checkBatchAgainstGraph` inside its transaction.
import { z } from 'zod';
import { BadInputError, type InputIssue } from '../errors.js';
import type { NodeKind } from './kinds.js';
import { parseNodeId } from './node-id.js';
import { RELATIONSHIP_RULES, relationshipKey } from './relationships.js';
import { graphBatchSchema, type GraphBatch } from './schemas.js';
import { CODE_METAMODEL, metamodelDifferences } from './council.js';
import type { CompiledRule, Metamodel } from './compile.js';
import { schemasFor } from './model-schemas.js';
import { relationshipIdSchema } from './relationship-id.js';

/** A metamodel's batch schema, built once per metamodel (compiling its schemas is not free). */
const batchSchemas = new WeakMap<Metamodel, z.ZodType<GraphBatch>>();

/** The write batch of a metamodel: the council declarations' typed schema for the council one
 *  (which also holds for council.yaml), else one built from the metamodel's own schemas. */
export function batchSchemaFor(metamodel: Metamodel): z.ZodType<GraphBatch> {
  if (metamodel === CODE_METAMODEL) return graphBatchSchema;
  let schema = batchSchemas.get(metamodel);
  if (!schema && metamodelDifferences(metamodel, CODE_METAMODEL).length === 0) schema = graphBatchSchema;
  if (!schema) {
    const s = schemasFor(metamodel);
    const ends = {
      from: s.nodeId,
      type: z.enum(metamodel.relationshipTypes as [string, ...string[]]),
      to: s.nodeId,
    };
    const ref = z.union(
      [
        z.strictObject({ id: relationshipIdSchema }),
        z.strictObject({ id: relationshipIdSchema.optional(), ...ends }),
      ],
      { error: "give the relationship's id, or its from, type and to" },
    );
    schema = z.strictObject({
      nodes: z.array(s.node).default([]),
      relationships: z.array(s.relationship).default([]),
      deleteNodes: z.array(s.nodeId).default([]),
      deleteRelationships: z.array(ref).default([]),
      expectedVersions: z.record(s.nodeId, z.number().int().min(0)).default({}),
    }) as unknown as z.ZodType<GraphBatch>;
  }
  batchSchemas.set(metamodel, schema);
  return schema;
}

const MODULE = 'domain/metamodel';

export function zodIssues(error: z.ZodError, prefix = ''): InputIssue[] {
  return error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'),
    message: issue.message,
  }));
}

/** Parses untrusted input into a batch of this metamodel (the council one by default), or throws
 *  BadInputError listing every bad field. */
export function parseBatch(input: unknown, metamodel: Metamodel = CODE_METAMODEL): GraphBatch {
  const result = batchSchemaFor(metamodel).safeParse(input);
  if (!result.success) throw new BadInputError(MODULE, zodIssues(result.error));
  return result.data;
}

/** What the store knows about the ids a batch mentions, read inside the write transaction. */
export interface GraphFacts {
  /** Kind of every mentioned node id that exists in the store. */
  readonly kinds: ReadonlyMap<string, NodeKind>;
  /** Ids (or, for a deletion named by its ends, keys `from|TYPE|to`) of the relationships to
   *  delete that exist in the store. */
  readonly existingRelationships: ReadonlySet<string>;
}

/** Every node id a batch mentions, for the store to look up. */
export function idsMentioned(batch: GraphBatch): string[] {
  const ids = new Set<string>();
  for (const n of batch.nodes) ids.add(n.id);
  for (const r of batch.relationships) {
    ids.add(r.from).add(r.to);
    if (r.fallback) ids.add(r.fallback);
  }
  for (const id of batch.deleteNodes) ids.add(id);
  for (const r of batch.deleteRelationships) if ('from' in r) ids.add(r.from).add(r.to);
  return [...ids];
}

/** Checks a parsed batch against the graph: endpoints, kinds, duplicates, redundancy groups. */
export function checkBatchAgainstGraph(
  batch: GraphBatch,
  facts: GraphFacts,
  rules: Readonly<Record<string, Pick<CompiledRule, 'from' | 'to' | 'impact'>>> = RELATIONSHIP_RULES,
  /** A relationship from a node to itself: the council's impact engine would read it as a cycle;
   *  the ArchiMate profile has them (an end on a relationship is held at that one's source). */
  selfRelationships = false,
): InputIssue[] {
  const issues: InputIssue[] = [];
  const deleted = new Set(batch.deleteNodes);
  const kindAfter = new Map<string, NodeKind>();
  for (const [id, kind] of facts.kinds) if (!deleted.has(id)) kindAfter.set(id, kind);

  const seenNodes = new Map<string, number>();
  batch.nodes.forEach((node, i) => {
    const first = seenNodes.get(node.id);
    if (first !== undefined) {
      issues.push({ path: `nodes.${i}.id`, message: `"${node.id}" is also nodes.${first}` });
    }
    seenNodes.set(node.id, i);
    if (deleted.has(node.id)) {
      issues.push({ path: `nodes.${i}.id`, message: `"${node.id}" is also deleted in this batch` });
    }
    kindAfter.set(node.id, node.kind);
  });

  batch.deleteNodes.forEach((id, i) => {
    if (!facts.kinds.has(id)) issues.push({ path: `deleteNodes.${i}`, message: `no node "${id}"` });
  });
  batch.deleteRelationships.forEach((r, i) => {
    const named = r.id ?? ('from' in r ? relationshipKey(r.from, r.type, r.to) : '');
    if (!facts.existingRelationships.has(named)) {
      issues.push({
        path: `deleteRelationships.${i}`,
        message: 'from' in r ? `no relationship ${r.from} ${r.type} ${r.to}` : `no relationship "${named}"`,
      });
    }
  });

  const checkEnd = (
    r: GraphBatch['relationships'][number],
    i: number,
    end: 'from' | 'to',
    allowed: readonly string[],
  ) => {
    const id = r[end];
    const kind = kindAfter.get(id);
    if (!kind) {
      issues.push({
        path: `relationships.${i}.${end}`,
        message: deleted.has(id)
          ? `"${id}" is deleted in this batch`
          : `no node "${id}" in the graph or in this batch`,
      });
    } else if (!allowed.includes(kind)) {
      issues.push({
        path: `relationships.${i}.${end}`,
        message: `${r.type} ${end} a ${kind} is not allowed (${end} ${allowed.join(' or ')} only)`,
      });
    }
  };
  const seenRels = new Map<string, number>();
  const groupK = new Map<string, { k: number; index: number }>();
  // A plain loop with paths made only for issues: a first import checks half a million.
  const rels = batch.relationships;
  for (let i = 0; i < rels.length; i++) {
    const r = rels[i]!;
    // Parallel relationships (same ends and type) are told apart by their ids.
    const key = r.id ?? relationshipKey(r.from, r.type, r.to);
    const first = seenRels.get(key);
    if (first !== undefined)
      issues.push({ path: `relationships.${i}`, message: `same relationship as relationships.${first}` });
    seenRels.set(key, i);
    if (r.from === r.to && !selfRelationships)
      issues.push({ path: `relationships.${i}.to`, message: `"${r.to}" cannot relate to itself` });

    const rule = rules[r.type]!;
    // The usual case, both ends known and allowed, without a call: a first import checks a million ends.
    const fromKind = kindAfter.get(r.from);
    if (fromKind === undefined || !rule.from.includes(fromKind)) checkEnd(r, i, 'from', rule.from);
    const toKind = kindAfter.get(r.to);
    if (toKind === undefined || !rule.to.includes(toKind)) checkEnd(r, i, 'to', rule.to);
    if (r.fallback) {
      if (!kindAfter.has(r.fallback)) {
        issues.push({
          path: `relationships.${i}.fallback`,
          message: `no node "${r.fallback}" in the graph or in this batch`,
        });
      } else if (r.fallback === r.to || r.fallback === r.from) {
        issues.push({ path: `relationships.${i}.fallback`, message: 'a fallback must be a third node' });
      }
    }
    if (r.redundancy) {
      const dependant = rule.impact === 'TARGET' ? r.to : r.from;
      const groupId = `${dependant}#${r.redundancy.group}`;
      const other = groupK.get(groupId);
      if (other && other.k !== r.redundancy.k) {
        issues.push({
          path: `relationships.${i}.redundancy.k`,
          message: `group "${r.redundancy.group}" of ${dependant} needs ${other.k} in relationships.${other.index}, not ${r.redundancy.k}`,
        });
      }
      if (!other) groupK.set(groupId, { k: r.redundancy.k, index: i });
    }
  }
  return issues;
}

/** Kind implied by an id, for places that only have the id. */
export function kindOfId(id: string): NodeKind | null {
  const ref = parseNodeId(id);
  return typeof ref === 'string' ? null : ref.kind;
}
