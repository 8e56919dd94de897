import { describe, expect, it } from 'vitest';
import { dayNumber, dayText, isLiveOn, liveSpan } from './live.js';

describe('live on a date', () => {
  it('treats a thing with no dates as always live', () => {
    expect(isLiveOn({}, '1900-01-01')).toBe(true);
    expect(isLiveOn({}, '2100-12-31')).toBe(true);
  });

  it('is live through the last day of a month-precision end, and ended the day after', () => {
    const kpsn = { start: '2010-02', end: '2015-02' };
    expect(isLiveOn(kpsn, '2010-01-31')).toBe(false);
    expect(isLiveOn(kpsn, '2010-02-01')).toBe(true);
    expect(isLiveOn(kpsn, '2015-02-28')).toBe(true);
    expect(isLiveOn(kpsn, '2015-03-01')).toBe(false);
  });

  it('reads year and day precision the same way', () => {
    expect(isLiveOn({ start: '2020', end: '2023' }, '2023-12-31')).toBe(true);
    expect(isLiveOn({ start: '2020', end: '2023' }, '2024-01-01')).toBe(false);
    expect(isLiveOn({ end: '2016-02-29' }, '2016-02-29')).toBe(true);
    expect(isLiveOn({ end: '2016-02-29' }, '2016-03-01')).toBe(false);
  });

  it('never counts a planned thing with no start as live; a planned thing with a start is live from it', () => {
    expect(isLiveOn({ planned: true }, '2015-03-01')).toBe(false);
    expect(isLiveOn({ planned: true }, '2100-01-01')).toBe(false);
    expect(isLiveOn({ planned: true, start: '2015-03' }, '2015-02-28')).toBe(false);
    expect(isLiveOn({ planned: true, start: '2015-03' }, '2015-03-01')).toBe(true);
    expect(isLiveOn({ planned: false }, '2015-03-01')).toBe(true);
  });

  it('gives day numbers that round-trip, leap days included', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayText(dayNumber('2016-02-29'))).toBe('2016-02-29');
    expect(liveSpan({ end: '2015-02' }).until).toBe(dayNumber('2015-03-01'));
  });
});
