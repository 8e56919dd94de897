// How each node kind looks: one shape and one colour per kind, the same on the canvas, in the
// legend and in the table, so a reader learns them once. The record is typed against the
// generated NodeKind, so a kind added on the server fails the type check until it has a look.
import type { NodeKind, RelationshipType } from '../generated/graphql.js';

export type KindShape =
  | 'hexagon'
  | 'round-diamond'
  | 'round-rectangle'
  | 'ellipse'
  | 'rhomboid'
  | 'round-pentagon'
  | 'round-triangle';

export interface KindLook {
  readonly shape: KindShape;
  readonly colour: string;
  readonly plural: string;
  /** Where the kind sits in a top-down picture: strategy first, suppliers and places last. */
  readonly rank: number;
}

export const KIND_LOOK = {
  Strategy: { shape: 'hexagon', colour: '#6d28d9', plural: 'Strategies', rank: 0 },
  Theme: { shape: 'round-diamond', colour: '#c0267a', plural: 'Themes', rank: 1 },
  Project: { shape: 'round-rectangle', colour: '#0e7490', plural: 'Projects', rank: 2 },
  System: { shape: 'ellipse', colour: '#2563eb', plural: 'Systems', rank: 3 },
  Contract: { shape: 'rhomboid', colour: '#047857', plural: 'Contracts', rank: 4 },
  Site: { shape: 'round-triangle', colour: '#a16207', plural: 'Sites', rank: 4 },
  Partner: { shape: 'round-pentagon', colour: '#475569', plural: 'Partners', rank: 5 },
} as const satisfies Record<NodeKind, KindLook>;

export const NODE_KINDS = Object.keys(KIND_LOOK) as NodeKind[];

/** Every relationship type, in the metamodel's order (typed so a new one is noticed). */
const TYPE_LABELS = {
  PART_OF: 'part of',
  ALIGNS_WITH: 'aligns with',
  DELIVERS: 'delivers',
  DEPENDS_ON: 'depends on',
  CHANGES: 'changes',
  HOSTED_AT: 'hosted at',
  SUPPLIED_UNDER: 'supplied under',
  WITH: 'with',
  USES: 'uses',
  CONNECTED_VIA: 'connected via',
  ADDRESSES: 'addresses',
  REPLACES: 'replaces',
  PARTY_TO: 'party to',
} as const satisfies Record<RelationshipType, string>;

export const RELATIONSHIP_TYPES = Object.keys(TYPE_LABELS) as RelationshipType[];

export const typeLabel = (type: RelationshipType): string => TYPE_LABELS[type];

export const kindLook = (kind: NodeKind): KindLook => KIND_LOOK[kind];

export function isNodeKind(value: string): value is NodeKind {
  return Object.hasOwn(KIND_LOOK, value);
}

export function isRelationshipType(value: string): value is RelationshipType {
  return Object.hasOwn(TYPE_LABELS, value);
}

/** The kind prefix of a canonical id (`system:kpsn` → System), or null when it has none. */
export function kindOfId(id: string): NodeKind | null {
  const prefix = id.slice(0, id.indexOf(':'));
  return NODE_KINDS.find((k) => k.toLowerCase() === prefix) ?? null;
}
