// Relationship types, the kinds each may join, and which end suffers when the other fails.
// Read a relationship as English: "System HOSTED_AT Site", "Project DELIVERS Theme".
import type { NodeKind } from './kinds.js';

/**
 * Direction of impact: which end is affected when the other end fails.
 * - `SOURCE`: the source depends on the target (System HOSTED_AT Site: the site fails, the system goes down).
 * - `TARGET`: the target depends on the source (Theme PART_OF Strategy: the theme fails, the strategy is at risk).
 * - `NONE`: the relationship carries no impact (Strategy ALIGNS_WITH Strategy).
 */
export type ImpactDirection = 'SOURCE' | 'TARGET' | 'NONE';

export interface RelationshipRule {
  readonly from: readonly NodeKind[];
  readonly to: readonly NodeKind[];
  readonly impact: ImpactDirection;
  /** The inverse reading, for panels and explanations ("hosts", "supplies"). */
  readonly inverse: string;
  readonly doc: string;
}

export const RELATIONSHIP_TYPES = [
  'PART_OF',
  'ALIGNS_WITH',
  'DELIVERS',
  'DEPENDS_ON',
  'CHANGES',
  'HOSTED_AT',
  'SUPPLIED_UNDER',
  'WITH',
  'USES',
  'CONNECTED_VIA',
  'ADDRESSES',
  'REPLACES',
  'PARTY_TO',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

export const RELATIONSHIP_RULES = {
  PART_OF: {
    from: ['Theme'],
    to: ['Strategy'],
    impact: 'TARGET',
    inverse: 'HAS_PART',
    doc: 'A theme is part of a strategy; a failing theme puts the strategy at risk.',
  },
  ALIGNS_WITH: {
    from: ['Strategy', 'Theme'],
    to: ['Strategy', 'Theme'],
    impact: 'NONE',
    inverse: 'ALIGNED_WITH_BY',
    doc: 'A strategy or theme follows or supports another (local to national); no impact flows.',
  },
  DELIVERS: {
    from: ['Project'],
    to: ['Theme'],
    impact: 'TARGET',
    inverse: 'DELIVERED_BY',
    doc: 'A project delivers a theme; a failing project puts the theme at risk.',
  },
  DEPENDS_ON: {
    from: ['Project', 'System'],
    to: ['System', 'Project'],
    impact: 'SOURCE',
    inverse: 'DEPENDENCY_OF',
    doc: 'The source needs the target to work (a system, or a project that must land first).',
  },
  CHANGES: {
    from: ['Project'],
    to: ['System'],
    impact: 'SOURCE',
    inverse: 'CHANGED_BY',
    doc: 'A project changes (replaces, upgrades, migrates) a system, so it needs the system.',
  },
  HOSTED_AT: {
    from: ['System'],
    to: ['Site'],
    impact: 'SOURCE',
    inverse: 'HOSTS',
    doc: 'A system runs at a site.',
  },
  SUPPLIED_UNDER: {
    from: ['System'],
    to: ['Contract'],
    impact: 'SOURCE',
    inverse: 'SUPPLIES',
    doc: 'A system is provided or supported under a contract; the system needs the contract to be live.',
  },
  WITH: {
    from: ['Contract'],
    to: ['Partner'],
    impact: 'SOURCE',
    inverse: 'SUPPLIER_OF',
    doc: 'A contract is held with its supplier; a failing supplier endangers the contract.',
  },
  USES: {
    from: ['Partner'],
    to: ['System'],
    impact: 'SOURCE',
    inverse: 'USED_BY',
    doc: 'A partner organisation uses a system (schools and districts on the network).',
  },
  CONNECTED_VIA: {
    from: ['Site'],
    to: ['System'],
    impact: 'SOURCE',
    inverse: 'CONNECTS',
    doc: 'A site is connected through a network system.',
  },
  ADDRESSES: {
    from: ['Project'],
    to: ['Contract'],
    impact: 'NONE',
    inverse: 'ADDRESSED_BY',
    doc: 'A project re-procures, extends or exits a contract; the contract horizon shows it.',
  },
  REPLACES: {
    from: ['Contract', 'System'],
    to: ['Contract', 'System'],
    impact: 'NONE',
    inverse: 'REPLACED_BY',
    doc: 'A successor contract or system replaces an earlier one of the same kind.',
  },
  PARTY_TO: {
    from: ['Partner'],
    to: ['Contract'],
    impact: 'NONE',
    inverse: 'HAS_PARTY',
    doc: 'A partner that is a customer, co-signatory or procurement partner of a contract, not its supplier.',
  },
} as const satisfies Record<RelationshipType, RelationshipRule>;

export const isRelationshipType = (value: string): value is RelationshipType =>
  (RELATIONSHIP_TYPES as readonly string[]).includes(value);

/** The key that identifies a relationship: at most one of each type between two nodes. */
/** Any metamodel's type: a store of a loaded metamodel keys its relationships the same way. */
export function relationshipKey(from: string, type: string, to: string): string {
  return `${from}|${type}|${to}`;
}

export function parseRelationshipKey(
  key: string,
): { from: string; type: RelationshipType; to: string } | null {
  const parts = key.split('|');
  if (parts.length !== 3) return null;
  const [from, type, to] = parts as [string, string, string];
  return isRelationshipType(type) ? { from, type, to } : null;
}
