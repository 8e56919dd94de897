// The read cache's index for word search: each search token to the entries holding it, in
// MiniSearch's radix tree (its SearchableMap), so that the tokens a query word can match are
// found by walking the tree instead of trying every token of the graph (13 ms a search at 100k
// nodes when each word was tried on each of ~130k tokens):
// - a prefix of the word ("replace" in "replacement"): the subtree under the word;
// - one edit away ("telephone" for "telephony"): the tree's fuzzy look-up at distance 1, and the
//   word with each pair of neighbours swapped (a swap is one edit to the domain, two to MiniSearch);
// - inside a token ("mail" in "webmail"): a second tree of every token's inner suffixes.
// Which tokens match is still decided by the domain's rule (wordMatchesToken), and the entries
// found are still ranked by its scoreMatch (store/search-page.ts): the index only narrows, so the
// cache and the stores without it give the same answers.
//
// MiniSearch's own search is not used: it ranks by BM25, not by our rule, and it scores every
// document of every matched term, which for a one-letter prefix ("s" of "s-0001") is every system.
import SearchableMap from 'minisearch/SearchableMap';
import { INSIDE_FROM, wordMatchesToken, type Searchable } from '../../domain/search/match.js';

export interface Indexed {
  readonly searchable: Searchable;
}

/** A typo is looked for from this word length on, as the domain's rule allows one. */
const TYPO_FROM = 4;

export class SearchIndex<E extends Indexed> {
  /** Token → the entries holding it. */
  private readonly postings = new SearchableMap<Set<E>>();
  /** Each token's suffixes that start inside it and are long enough to be found there → the
   *  tokens with that suffix: a prefix of a suffix is what is inside a token. */
  private readonly inner = new SearchableMap<Set<string>>();

  add(entry: E): void {
    for (const token of tokensOf(entry)) {
      let holding = this.postings.get(token);
      if (!holding) {
        this.postings.set(token, (holding = new Set()));
        for (const suffix of innerSuffixes(token)) this.inner.fetch(suffix, () => new Set()).add(token);
      }
      holding.add(entry);
    }
  }

  remove(entry: E): void {
    for (const token of tokensOf(entry)) {
      const holding = this.postings.get(token);
      if (!holding) continue;
      holding.delete(entry);
      if (holding.size > 0) continue;
      this.postings.delete(token);
      for (const suffix of innerSuffixes(token)) {
        const tokens = this.inner.get(suffix);
        tokens?.delete(token);
        if (tokens?.size === 0) this.inner.delete(suffix);
      }
    }
  }

  /** The entries that can match every word (prepared by the domain's prepareQuery), in no
   *  particular order. The rarest word is gathered from the index; the others are checked only
   *  on what it found. */
  candidates(words: readonly string[]): E[] {
    const perWord = words.map((word) => {
      const tokens = this.tokensMatching(word);
      let reach = 0;
      for (const token of tokens) reach += this.postings.get(token)!.size;
      return { tokens, reach };
    });
    perWord.sort((a, b) => a.reach - b.reach);
    const [rarest, ...others] = perWord;
    const found = new Set<E>();
    for (const token of rarest!.tokens) for (const entry of this.postings.get(token)!) found.add(entry);
    const holds = (entry: E, tokens: Set<string>) =>
      entry.searchable.fields.some((field) => field.some((token) => tokens.has(token)));
    return [...found].filter((entry) => others.every(({ tokens }) => holds(entry, tokens)));
  }

  /** Every indexed token the word matches by the domain's rule. */
  private tokensMatching(word: string): Set<string> {
    const found = new Set<string>();
    const consider = (token: string) => {
      if (!found.has(token) && wordMatchesToken(word, token)) found.add(token);
    };
    for (const token of this.postings.atPrefix(word).keys()) found.add(token);
    if (word.length >= INSIDE_FROM) {
      for (const tokens of this.inner.atPrefix(word).values()) for (const token of tokens) consider(token);
    }
    if (word.length >= TYPO_FROM) {
      for (const token of this.postings.fuzzyGet(word, 1).keys()) consider(token);
      for (let i = 0; i + 1 < word.length; i++) {
        const swapped = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
        if (this.postings.has(swapped)) consider(swapped);
      }
    }
    return found;
  }
}

/** Every search token of an entry, each once. */
const tokensOf = (entry: Indexed): Set<string> => new Set(entry.searchable.fields.flat());

/** The suffixes of a token that begin after its first letter and are long enough for a word to
 *  be matched inside the token. */
function innerSuffixes(token: string): string[] {
  const suffixes: string[] = [];
  for (let at = 1; token.length - at >= INSIDE_FROM; at++) suffixes.push(token.slice(at));
  return suffixes;
}
