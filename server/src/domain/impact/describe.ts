// Explanation steps in words people read: names, not ids. "Sessions House is down; Regional
// Data Centre has 1 of 2 sites left". Pure: the caller hands in the names it looked up.
import { kindOfId, type RelationshipType } from '../metamodel/index.js';
import type { ExplanationStep } from './explain.js';

/** A relationship type as words: HOSTED_AT → "hosted at". */
export const relationshipWords = (type: RelationshipType): string => type.toLowerCase().replace(/_/g, ' ');

// How each relationship reads between its ends, as a verb: "Email *depends on* Regional Data
// Centre", "Regional Data Centre *is hosted at* Sessions House". A type without one here (from a
// loaded metamodel) reads as its words.
const READINGS: Partial<Record<string, string>> = {
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
};

/** A relationship type as the verb between its ends: HOSTED_AT → "is hosted at". */
export const relationshipReading = (type: RelationshipType): string =>
  READINGS[type] ?? relationshipWords(type);

/** A relationship as a sentence in names: "Email depends on Regional Data Centre". */
export const relationshipSentence = (
  r: { readonly from: string; readonly type: RelationshipType; readonly to: string },
  name: (id: string) => string,
): string => `${name(r.from)} ${relationshipReading(r.type)} ${name(r.to)}`;

const stateWords = (state: string | undefined) => (state ?? 'affected').toLowerCase().replace(/_/g, ' ');

/** "A", "A and B", "A, B and C". */
function list(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** What a group's members are, by the kind of the first: "sites", "systems". */
function members(ids: readonly string[], size: number): string {
  const kind = ids.length ? kindOfId(ids[0]!) : null;
  const noun = kind ? kind.toLowerCase() : 'member';
  return size === 1 ? noun : `${noun}s`;
}

/**
 * The step as one sentence, with every node named, the relationship it came along in words and
 * the provider's state once: "Email depends on Regional Data Centre, which is exposed, so it is
 * one more failure away from down". A redundancy step names every lost member; a fallback is
 * named once, on the step that falls back to it. The page shows the sentence as the step, with
 * the relationship's sources on a badge beside it, so nothing is said twice.
 */
export function describeStep(s: ExplanationStep, name: (id: string) => string): string {
  const node = name(s.node);
  const provider = s.provider ? name(s.provider) : '';
  const isAre = (n: number) => (n === 1 ? 'is' : 'are');
  const fallback = s.fallback ? name(s.fallback) : 'its fallback';
  // The relationship with the provider's state after the provider: the dependant first when it
  // is the source (Email depends on Regional Data Centre, which is down), else the provider
  // (Cloud move, which is at risk, delivers Digital services).
  const via = (state: string) => {
    const r = s.relationship;
    if (!r) return `${node} needs ${provider}, which is ${state}`;
    const reading = relationshipReading(r.type);
    return r.from === s.node
      ? `${node} ${reading} ${provider}, which is ${state}`
      : `${provider}, which is ${state}, ${reading} ${node}`;
  };
  switch (s.code) {
    case 'EVENT':
      return `${node} ${s.event ?? 'fails'}`;
    case 'DEPENDENCY_DOWN':
      return via('down');
    case 'DEPENDENCY_DEGRADED':
      return `${via('degraded')}, so ${node} is degraded too`;
    case 'DEPENDENCY_EXPOSED':
      return `${via('exposed')}, so ${node} is one more failure away from down`;
    case 'REDUNDANCY_REDUCED':
    case 'REDUNDANCY_LOST': {
      const lost = s.lost ?? [];
      const noun = members(lost, s.size ?? 0);
      const left = `${node} has ${s.held} of ${s.size} ${noun} left`;
      return s.code === 'REDUNDANCY_LOST'
        ? `${list(lost.map(name))} ${isAre(lost.length)} down; ${left} and needs ${s.k}`
        : `${list(lost.map(name))} ${isAre(lost.length)} down; ${left} (needs ${s.k})`;
    }
    case 'FALLBACK':
      return `${via('down')}; ${node} falls back to ${fallback}`;
    case 'FALLBACK_LOST':
      return `${via('down')}, and so is ${fallback}, its fallback: ${node} has nothing to fall back to`;
    case 'STRATEGIC_RISK':
      return `${via(stateWords(s.providerState))}, so ${node} is at risk`;
  }
  return node;
}

/** Every id a step's sentence names, for the caller to look up at once. */
export function idsNamedBy(s: ExplanationStep): string[] {
  return [
    s.node,
    ...(s.provider ? [s.provider] : []),
    ...(s.fallback ? [s.fallback] : []),
    ...(s.lost ?? []),
  ];
}
