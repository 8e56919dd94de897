// Explanation steps in words people read: names, not ids. "Sessions House is down; Regional
// Data Centre has 1 of 2 sites left". Pure: the caller hands in the names it looked up and the
// metamodel, whose readings and kind labels give the words between them.
import { CODE_METAMODEL, kindOfIdIn, typeWords, type Metamodel } from '../metamodel/index.js';
import type { ExplanationStep } from './explain.js';
import { labelOf, readingOf } from './impact-model.js';

/** A relationship type as words: HOSTED_AT → "hosted at". */
export const relationshipWords = (type: string): string => typeWords(type);

/** A relationship type as the verb between its ends, as the metamodel reads it (the council's
 *  unless told): HOSTED_AT → "is hosted at"; a type with no reading reads as its words. */
export const relationshipReading = (type: string, metamodel: Metamodel = CODE_METAMODEL): string =>
  readingOf(metamodel, type);

/** A relationship as a sentence in names: "Email depends on Regional Data Centre". */
export const relationshipSentence = (
  r: { readonly from: string; readonly type: string; readonly to: string },
  name: (id: string) => string,
  metamodel: Metamodel = CODE_METAMODEL,
): string => `${name(r.from)} ${relationshipReading(r.type, metamodel)} ${name(r.to)}`;

const stateWords = (state: string | undefined) => (state ?? 'affected').toLowerCase().replace(/_/g, ' ');

/** "A", "A and B", "A, B and C". */
function list(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** What a group's members are, by their kind's label in the metamodel: "sites", "systems". A
 *  step made by hand without the kind: the kind its first lost member's id names. */
function members(s: ExplanationStep, metamodel: Metamodel, size: number): string {
  const named = s.lost?.length ? kindOfIdIn(metamodel, s.lost[0]!) : null;
  const kind = s.memberKind ?? (typeof named === 'string' ? named : null);
  if (!kind) return size === 1 ? 'member' : 'members';
  const label = labelOf(metamodel, kind);
  return size === 1 ? label.one : label.many;
}

/**
 * The step as one sentence, with every node named, the relationship it came along in words and
 * the provider's state once: "Email depends on Regional Data Centre, which is exposed, so it is
 * one more failure away from down". A redundancy step names every lost member; a fallback is
 * named once, on the step that falls back to it. The page shows the sentence as the step, with
 * the relationship's sources on a badge beside it, so nothing is said twice.
 */
export function describeStep(
  s: ExplanationStep,
  name: (id: string) => string,
  metamodel: Metamodel = CODE_METAMODEL,
): string {
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
    const reading = relationshipReading(r.type, metamodel);
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
      const noun = members(s, metamodel, s.size ?? 0);
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
