// Explanation steps in words people read: names, not ids. "Sessions House is down; Regional
// Data Centre has 1 of 2 sites left". Pure: the caller hands in the names it looked up.
import { kindOfId, type RelationshipType } from '../metamodel/index.js';
import type { ExplanationStep } from './explain.js';

/** A relationship type as words: HOSTED_AT → "hosted at". */
export const relationshipWords = (type: RelationshipType): string => type.toLowerCase().replace(/_/g, ' ');

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
 * The step as a sentence, with every node named. A redundancy step names every lost member; a
 * fallback is named on the step that falls back to it, once.
 */
export function describeStep(s: ExplanationStep, name: (id: string) => string): string {
  const node = name(s.node);
  const provider = s.provider ? name(s.provider) : '';
  const isAre = (n: number) => (n === 1 ? 'is' : 'are');
  switch (s.code) {
    case 'EVENT':
      return `${node} ${s.event ?? 'fails'}`;
    case 'DEPENDENCY_DOWN':
      return `${provider} is down; ${node} needs it`;
    case 'DEPENDENCY_DEGRADED':
      return `${provider} is degraded; ${node} needs it, so it is degraded too`;
    case 'DEPENDENCY_EXPOSED':
      return `${provider} is exposed; ${node} needs it, so it is one more failure away from down`;
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
      return `${provider} is down; ${node} falls back to ${s.fallback ? name(s.fallback) : 'its fallback'}`;
    case 'FALLBACK_LOST':
      return `${provider} is down and so is ${s.fallback ? name(s.fallback) : 'its fallback'}; ${node} has nothing to fall back to`;
    case 'STRATEGIC_RISK':
      return `${provider} is ${stateWords(s.providerState)}; ${node} relies on it, so it is at risk`;
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
