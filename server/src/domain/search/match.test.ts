import { describe, expect, it } from 'vitest';
import { prepareQuery, scoreMatch, searchableOf, stem, tokens, withinOneEdit } from './match.js';

const kpsn = searchableOf({
  kind: 'Contract',
  name: 'KPSN management and supply contract (Unisys)',
  aliases: ['KPSN contract'],
  description: 'Runs the Kent Public Services Network.',
});
const score = (text: string) => scoreMatch(prepareQuery(text), kpsn);

describe('search by words', () => {
  it('splits on punctuation and case changes, folds accents', () => {
    expect(tokens('KPSN (Unisys), Café StrategicTheme')).toEqual([
      'kpsn',
      'unisys',
      'cafe',
      'strategic',
      'theme',
    ]);
  });

  it('brings a word and its common endings together, leaving short words alone', () => {
    expect(stem('replacement')).toBe('replace');
    expect(stem('services')).toBe('servic');
    expect(stem('service')).toBe('service');
    expect(stem('sans')).toBe('sans');
    expect(stem('libraries')).toBe('library');
  });

  it('allows one insertion, deletion, substitution or swap, and no more', () => {
    expect(withinOneEdit('unisys', 'unisys')).toBe(true);
    expect(withinOneEdit('unisis', 'unisys')).toBe(true);
    expect(withinOneEdit('unsiys', 'unisys')).toBe(true);
    expect(withinOneEdit('unisy', 'unisys')).toBe(true);
    expect(withinOneEdit('uniisys', 'unisys')).toBe(true);
    expect(withinOneEdit('unysis', 'unisys')).toBe(false);
    expect(withinOneEdit('unis', 'unisys')).toBe(false);
  });

  it('an exact name or alias first, then every word found, better fields and matches first', () => {
    expect(score('KPSN contract')).toBe(0);
    expect(score('contract Unisys')).toBe(2); // both words in the name
    expect(score('Unisys contracts')).toBe(2); // "contracts" meets "contract"
    expect(score('unisys network')).toBe(5); // "network" only in the description
    expect(score('unisis')).toBe(5); // one typo
    expect(score('manag')).toBe(3); // a prefix
    expect(score('Unisys partner')).toBeNull(); // every word must be found
    expect(score('KPSN management')).toBe(1); // the start of the name
    expect(score('')).toBe(0);
  });

  it('drops words that say nothing unless nothing else is asked', () => {
    expect(prepareQuery('the SAN at Sessions House').words).toEqual(['san', 'sess', 'house']);
    expect(prepareQuery('the').words).toEqual(['the']);
  });
});
