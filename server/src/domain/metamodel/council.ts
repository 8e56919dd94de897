// The council metamodel as the code declares it (kinds.ts, relationships.ts), in the shape a
// loaded file compiles to. The stores, the typed schemas and the impact engine are built on these
// declarations; metamodels/council.yaml says the same thing as data (its test holds them equal),
// and start-up refuses a file the code cannot serve.
import { defaultKindLabel, type Metamodel } from './compile.js';
import type { FieldSpec } from './fields.js';
import { ALL_KIND_FIELDS, KIND_FIELDS, LIFECYCLE_FIELDS, NODE_KINDS } from './kinds.js';
import { RELATIONSHIP_RULES, RELATIONSHIP_TYPES } from './relationships.js';

const ROLES = {
  Strategy: 'strategic',
  Theme: 'strategic',
  Project: 'strategic',
  System: 'service',
  Contract: 'contract',
  Partner: 'party',
  Site: 'place',
} as const;

// How each relationship reads between its ends, as a verb: "Email *depends on* Regional Data
// Centre", "Regional Data Centre *is hosted at* Sessions House" (metamodels/council.yaml: reading).
const READINGS = {
  PART_OF: 'is part of',
  ALIGNS_WITH: 'aligns with',
  DELIVERS: 'delivers',
  DEPENDS_ON: 'depends on',
  CHANGES: 'changes',
  HOSTED_AT: 'is hosted at',
  SUPPLIED_UNDER: 'is supplied under',
  WITH: 'is held with',
  USES: 'uses',
  CONNECTED_VIA: 'is connected via',
  ADDRESSES: 'addresses',
  REPLACES: 'replaces',
  PARTY_TO: 'is party to',
} as const satisfies Record<(typeof RELATIONSHIP_TYPES)[number], string>;

export const CODE_METAMODEL: Metamodel = {
  name: 'council',
  kinds: NODE_KINDS,
  kindFields: KIND_FIELDS as Record<string, Record<string, FieldSpec>>,
  requiredFields: Object.fromEntries(NODE_KINDS.map((k) => [k, []])),
  lifecycleFields: LIFECYCLE_FIELDS,
  allFields: ALL_KIND_FIELDS,
  relationshipFields: {},
  relationshipTypes: RELATIONSHIP_TYPES,
  rules: RELATIONSHIP_RULES,
  impactRoles: ROLES,
  recoveryObjective: Object.fromEntries(NODE_KINDS.map((k) => [k, k === 'System' ? 'rtoHours' : undefined])),
  kindDocs: {},
  archimateTypes: {},
  kindLabels: Object.fromEntries(NODE_KINDS.map((k) => [k, defaultKindLabel(k)])),
  readings: READINGS,
  // A successor contract REPLACES the one it follows; a project ADDRESSES a contract's end.
  horizonRoles: { REPLACES: 'successor', ADDRESSES: 'remedy' },
};

/** What a field means, comparable across two metamodels: type, limits, choices, doc. */
export function fieldShape(spec: FieldSpec): string {
  return JSON.stringify([
    spec.store,
    spec.graphql,
    spec.enumName,
    spec.enumValues,
    spec.doc,
    spec.schema.toJSONSchema(),
  ]);
}

/**
 * The differences between two metamodels in what the store, the schemas and the impact engine
 * hold (kinds, fields, relationship rules, impact roles); empty when one can stand for the other.
 */
export function metamodelDifferences(a: Metamodel, b: Metamodel): string[] {
  const out: string[] = [];
  const list = (x: readonly string[]) => x.join(', ');
  if (list(a.kinds) !== list(b.kinds)) out.push(`kinds differ: ${list(a.kinds)} against ${list(b.kinds)}`);
  for (const kind of a.kinds.filter((k) => b.kinds.includes(k))) {
    const [fa, fb] = [a.kindFields[kind] ?? {}, b.kindFields[kind] ?? {}];
    if (list(Object.keys(fa)) !== list(Object.keys(fb))) out.push(`${kind}'s fields differ`);
    for (const name of Object.keys(fa).filter((n) => fb[n] && fieldShape(fa[n]!) !== fieldShape(fb[n]!)))
      out.push(`${kind}.${name} differs`);
    if (a.impactRoles[kind] !== b.impactRoles[kind]) out.push(`${kind}'s impact role differs`);
  }
  if (list(a.relationshipTypes) !== list(b.relationshipTypes)) out.push('relationship types differ');
  for (const type of a.relationshipTypes.filter((t) => b.rules[t]))
    if (JSON.stringify(a.rules[type]) !== JSON.stringify(b.rules[type])) out.push(`${type}'s rule differs`);
  if (list(Object.keys(a.relationshipFields)) !== list(Object.keys(b.relationshipFields)))
    out.push('relationship fields differ');
  return out;
}
