// The metamodel as the edit forms use it: each kind's own fields, and which relationship types
// a kind may take part in, at either end. Read from the server, so the forms follow it.
import { useQuery } from 'urql';
import { MetamodelQuery } from '../api/graph-queries.js';
import type { MetamodelQuery as Result, NodeKind, RelationshipType } from '../generated/graphql.js';

export type KindInfo = Result['metamodel']['kinds'][number];
export type FieldInfo = KindInfo['fields'][number];
export type RelationshipRule = Result['metamodel']['relationshipTypes'][number];

export interface Metamodel {
  readonly kinds: readonly KindInfo[];
  readonly rules: readonly RelationshipRule[];
}

export function useMetamodel(): { metamodel: Metamodel | null; error: Error | null } {
  const [{ data, error }] = useQuery({ query: MetamodelQuery });
  return {
    metamodel: data ? { kinds: data.metamodel.kinds, rules: data.metamodel.relationshipTypes } : null,
    error: error ?? null,
  };
}

/** One way to link a node of some kind: a type, and whether the node is its source or target. */
export interface LinkOption {
  readonly type: RelationshipType;
  /** 'out': the node is the source (it "depends on" the other); 'in': it is the target. */
  readonly direction: 'out' | 'in';
  /** The kinds allowed at the other end. */
  readonly otherKinds: readonly NodeKind[];
}

/** The relationships the metamodel allows a node of this kind to have, outgoing first. */
export function linkOptions(rules: readonly RelationshipRule[], kind: NodeKind): LinkOption[] {
  return [
    ...rules
      .filter((r) => r.from.includes(kind))
      .map((r) => ({ type: r.type, direction: 'out' as const, otherKinds: r.to })),
    ...rules
      .filter((r) => r.to.includes(kind))
      .map((r) => ({ type: r.type, direction: 'in' as const, otherKinds: r.from })),
  ];
}

export const linkOptionKey = (o: Pick<LinkOption, 'type' | 'direction'>): string =>
  `${o.direction}:${o.type}`;
