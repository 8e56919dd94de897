// What the impact engine reads of a metamodel, worked out once per metamodel: kinds and
// relationship types by number (the projection's typed arrays hold the numbers), each kind's
// impact role, each type's direction of impact, and the words explanations use. Nothing here
// names a council kind or type: the council metamodel is one input among others.
import {
  CODE_METAMODEL,
  defaultKindLabel,
  typeWords,
  type ImpactDirectionName,
  type ImpactRole,
  type KindLabel,
  type Metamodel,
} from '../metamodel/index.js';

export interface ImpactModel {
  readonly metamodel: Metamodel;
  /** Kinds in the metamodel's order; a node's kind number indexes this list. */
  readonly kinds: readonly string[];
  readonly kindIndex: ReadonlyMap<string, number>;
  /** Relationship types in the metamodel's order; an edge's type number indexes this list. */
  readonly types: readonly string[];
  readonly typeIndex: ReadonlyMap<string, number>;
  /** Each type's direction of impact, by type number. */
  readonly direction: readonly ImpactDirectionName[];
  /** Per kind number: 1 where the kind's role is strategic (put at risk, never down). */
  readonly strategicKind: Uint8Array;
  readonly strategicKinds: ReadonlySet<string>;
  /** Kinds that lapse at their end unless a successor takes over (the contract horizon's). */
  readonly contractKinds: ReadonlySet<string>;
  readonly serviceKinds: ReadonlySet<string>;
  readonly partyKinds: ReadonlySet<string>;
  /** Relationship types whose source takes over from its target when the target ends. */
  readonly successorTypes: ReadonlySet<string>;
  /** Relationship types whose source addresses the target's end (re-procurement, exit). */
  readonly remedyTypes: ReadonlySet<string>;
}

/** The typed arrays hold kind and type numbers in one byte each. */
const MAX_NUMBERED = 256;
const models = new WeakMap<Metamodel, ImpactModel>();

/** The impact model of a metamodel (the same object for the same metamodel). */
export function impactModelOf(metamodel: Metamodel = CODE_METAMODEL): ImpactModel {
  let model = models.get(metamodel);
  if (!model) models.set(metamodel, (model = build(metamodel)));
  return model;
}

function build(metamodel: Metamodel): ImpactModel {
  const { kinds, relationshipTypes: types } = metamodel;
  if (kinds.length > MAX_NUMBERED || types.length > MAX_NUMBERED)
    throw new Error(
      `[domain/impact] the ${metamodel.name} metamodel has ${kinds.length} kinds and ${types.length} relationship types; the projection numbers at most ${MAX_NUMBERED} of each`,
    );
  const withRole = (role: ImpactRole) => new Set(kinds.filter((k) => metamodel.impactRoles[k] === role));
  const withHorizon = (role: string) => new Set(types.filter((t) => metamodel.horizonRoles[t] === role));
  const strategicKinds = withRole('strategic');
  return {
    metamodel,
    kinds,
    kindIndex: new Map(kinds.map((k, i) => [k, i])),
    types,
    typeIndex: new Map(types.map((t, i) => [t, i])),
    direction: types.map((t) => metamodel.rules[t]!.impact),
    strategicKind: Uint8Array.from(kinds, (k) => (strategicKinds.has(k) ? 1 : 0)),
    strategicKinds,
    contractKinds: withRole('contract'),
    serviceKinds: withRole('service'),
    partyKinds: withRole('party'),
    successorTypes: withHorizon('successor'),
    remedyTypes: withHorizon('remedy'),
  };
}

/** How a relationship type reads between its ends ("is hosted at"). */
export const readingOf = (metamodel: Metamodel, type: string): string =>
  metamodel.readings[type] ?? typeWords(type);

/** A kind in running text, singular and plural. */
export const labelOf = (metamodel: Metamodel, kind: string): KindLabel =>
  metamodel.kindLabels[kind] ?? defaultKindLabel(kind);
