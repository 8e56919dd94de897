// Search by words: every word of the query, in any order, found in a node's name, aliases,
// description or kind, one typo tolerated per word. One pure function ranks a node for a query,
// so the read cache and both stores give the same answer in the same order.
//
// A word matches a token of the node by one of, best first: the same word, a prefix of it
// (typing "replace" finds "replacement"), inside it ("mail" in "webmail"), or one edit away
// ("telephone" finds "telephony", "Unysis" finds "Unisys"). Words are reduced by a small
// suffix rule first, so "replacement" finds "Replace". Where the word is found counts too:
// the name and aliases before the kind, the kind before the description.
import type { NodeKind } from '../metamodel/index.js';

/** What a node offers to search, tokenised once (the read cache keeps these per node). */
export interface Searchable {
  /** Name and aliases, lower-cased and trimmed: an exact match of the whole query ranks first. */
  readonly phrases: readonly string[];
  /** Tokens of the name and aliases, of the kind, and of the description, in that order. */
  readonly fields: readonly (readonly string[])[];
}

export interface SearchText {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly description?: string | null | undefined;
  readonly kind: NodeKind;
}

/** A query made ready once for every node it is tried on. */
export interface PreparedQuery {
  readonly phrase: string;
  readonly words: readonly string[];
}

// Per field (name and aliases, kind, description), and per quality of match.
const FIELD_COST = [0, 2, 3] as const;
const EXACT = 0;
const PREFIX = 1;
const INSIDE = 2;
const TYPO = 3;
/** The shortest word found inside a token rather than at its start. */
export const INSIDE_FROM = 3;

/** Words that say nothing about which node is meant; dropped unless the query is only these. */
const STOP_WORDS = new Set(['a', 'an', 'and', 'the', 'of', 'for', 'to', 'in', 'on', 'at', 'with', 'by']);

const SUFFIXES = ['ments', 'ment', 'ings', 'ing', 'ions', 'ion', 'ies', 'es', 'ed', 's'];

/** Lower-case, accents folded, split on anything that is not a letter or a digit. */
export function tokens(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      // "StrategicTheme" and "KPSNUnisys" read as two words.
      .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** A small suffix rule, enough that "replacement", "replaced" and "replace" meet. */
export function stem(word: string): string {
  for (const suffix of SUFFIXES) {
    if (word.length - suffix.length >= 4 && word.endsWith(suffix)) {
      return suffix === 'ies' ? `${word.slice(0, -3)}y` : word.slice(0, -suffix.length);
    }
  }
  return word;
}

/** Words that carry meaning, or all of them when none do ("The Hub" and "the hub" meet). */
const meaningful = (words: string[]) => {
  const kept = words.filter((w) => !STOP_WORDS.has(w));
  return kept.length ? kept : words;
};

/** A name or query as a phrase: "the SAN at Sessions House" is "san sessions house". */
const phraseOf = (text: string) => meaningful(tokens(text)).join(' ');

export function searchableOf(node: SearchText): Searchable {
  const stems = (text: string) => tokens(text).map(stem);
  return {
    phrases: [node.name, ...node.aliases].map(phraseOf),
    fields: [[node.name, ...node.aliases].flatMap(stems), stems(node.kind), stems(node.description ?? '')],
  };
}

export function prepareQuery(text: string): PreparedQuery {
  const words = meaningful(tokens(text));
  return { phrase: words.join(' '), words: words.map(stem) };
}

/** How well a node matches: 0 is an exact name or alias, 1 the start of one, then 2 and up by
 *  how and where each word was found; null is no match.
 *  An empty query matches everything equally. */
export function scoreMatch(query: PreparedQuery, node: Searchable): number | null {
  if (query.words.length === 0) return 0;
  if (node.phrases.includes(query.phrase)) return 0;
  // What a name or alias starts with ("Sessions House" for "Sessions House, Maidstone").
  if (node.phrases.some((p) => p.startsWith(`${query.phrase} `))) return 1;
  let total = 2;
  for (const word of query.words) {
    let best = Infinity;
    node.fields.forEach((fieldTokens, field) => {
      const cost = FIELD_COST[field as 0 | 1 | 2];
      if (cost >= best) return;
      for (const token of fieldTokens) {
        const quality = matchQuality(word, token);
        if (quality !== null && quality + cost < best) best = quality + cost;
        if (best === cost) return; // an exact word in this field: nothing better here
      }
    });
    if (best === Infinity) return null;
    total += best;
  }
  return total;
}

/** True when a query word (prepared) can match a node's token at all: what an index of tokens
 *  asks to find the nodes worth scoring. */
export function wordMatchesToken(word: string, token: string): boolean {
  return matchQuality(word, token) !== null;
}

function matchQuality(word: string, token: string): number | null {
  if (token === word) return EXACT;
  if (token.startsWith(word)) return PREFIX;
  if (word.length >= INSIDE_FROM && token.includes(word)) return INSIDE;
  if (word.length >= 4 && withinOneEdit(word, token)) return TYPO;
  return null;
}

/** One insertion, deletion, substitution or swap of neighbours (Damerau), in one pass. */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length || i === b.length) return true; // differs by one letter at the end at most
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
