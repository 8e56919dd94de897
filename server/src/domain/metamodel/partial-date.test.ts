import { describe, expect, it } from 'vitest';
import { isOnOrBeforeEnd, parsePartialDate } from './partial-date.js';

describe('partial dates', () => {
  it('keeps the precision the source gives', () => {
    expect(parsePartialDate('2015')).toMatchObject({
      precision: 'YEAR',
      first: '2015-01-01',
      after: '2016-01-01',
    });
    expect(parsePartialDate('2015-02')).toMatchObject({
      precision: 'MONTH',
      first: '2015-02-01',
      after: '2015-03-01',
    });
    expect(parsePartialDate('2015-12')).toMatchObject({ after: '2016-01-01' });
    expect(parsePartialDate('2016-02-29')).toMatchObject({ precision: 'DAY', after: '2016-03-01' });
  });

  it('refuses dates that do not exist', () => {
    expect(parsePartialDate('2015-02-30')).toBeNull();
    expect(parsePartialDate('2015-13')).toBeNull();
    expect(parsePartialDate('15-02')).toBeNull();
  });

  it('treats a contract ending "February 2015" as live all February and ended on 1 March', () => {
    const end = parsePartialDate('2015-02')!;
    expect(isOnOrBeforeEnd(end, '2015-02-10')).toBe(true);
    expect(isOnOrBeforeEnd(end, '2015-02-28')).toBe(true);
    expect(isOnOrBeforeEnd(end, '2015-03-01')).toBe(false);
  });
});
