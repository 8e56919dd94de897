import { describe, expect, it } from 'vitest';
import type { NodeKind } from '../../domain/metamodel/index.js';
import { prepareQuery, searchableOf, wordMatchesToken, type Searchable } from '../../domain/search/match.js';
import { SearchIndex } from './search-index.js';

interface Named {
  readonly id: string;
  readonly searchable: Searchable;
}

const entry = (
  id: string,
  kind: NodeKind,
  name: string,
  description = '',
  aliases: string[] = [],
): Named => ({
  id,
  searchable: searchableOf({ kind, name, aliases, description }),
});

const webmail = entry('system:webmail', 'System', 'Webmail', 'Staff e-mail in the browser');
const telephony = entry('system:telephony', 'System', 'Telephony platform', '', ['Phones']);
const unisys = entry('contract:kpsn-unisys', 'Contract', 'KPSN management and supply contract (Unisys)');
const san = entry('project:san', 'Project', 'SAN replacement', 'Replaces the storage area network');
const payroll = entry('system:s-00012', 'System', 'Payroll s-00012');
const archive = entry('system:s-10001', 'System', 'Archive s-10001');
const all = [webmail, telephony, unisys, san, payroll, archive];

/** What scanning every entry's every token finds: the index must find exactly these. */
const scanned = (text: string) =>
  all
    .filter((e) =>
      prepareQuery(text).words.every((word) =>
        e.searchable.fields.some((field) => field.some((token) => wordMatchesToken(word, token))),
      ),
    )
    .map((e) => e.id)
    .sort();

const indexed = (index: SearchIndex<Named>, text: string) =>
  index
    .candidates(prepareQuery(text).words)
    .map((e) => e.id)
    .sort();

describe('the read cache search index', () => {
  const index = new SearchIndex<Named>();
  for (const e of all) index.add(e);

  it.each([
    ['a prefix', 'replace'],
    ['a word inside a token', 'mail'],
    ['a typo', 'telephone'],
    ['neighbours swapped', 'unsiys'],
    ['words in any order, across fields', 'contract Unisys'],
    ['an alias', 'phones'],
    ['the kind', 'project'],
    ['the description', 'storage network'],
    ['an id with a one-letter word', 's-0001'],
    ['a word nothing holds', 'zebra'],
  ])('finds what a scan of every token finds: %s', (_, text) => {
    expect(indexed(index, text)).toEqual(scanned(text));
  });

  it('finds something for each kind of match', () => {
    expect(indexed(index, 'mail')).toEqual(['system:webmail']);
    expect(indexed(index, 'telephone')).toEqual(['system:telephony']);
    expect(indexed(index, 'unsiys')).toEqual(['contract:kpsn-unisys']);
    expect(indexed(index, 's-0001')).toEqual(['system:s-00012', 'system:s-10001']);
  });

  it('forgets a removed entry and the tokens only it held', () => {
    const changing = new SearchIndex<Named>();
    for (const e of all) changing.add(e);
    changing.remove(webmail);
    expect(indexed(changing, 'mail')).toEqual([]);
    expect(indexed(changing, 'browser')).toEqual([]);
    changing.add(webmail);
    expect(indexed(changing, 'mail')).toEqual(['system:webmail']);
    changing.remove(telephony);
    expect(indexed(changing, 'telephone')).toEqual([]);
    expect(indexed(changing, 'platform')).toEqual([]);
  });
});
