import { describe, expect, it } from 'vitest';
import { addMonthsToDay, lastDayOf, nextDay, noticeDeadline } from './calendar.js';

describe('calendar', () => {
  it('gives one month before 30 March as the end of February, in common and leap years', () => {
    expect(noticeDeadline('2015-03-30', 1)).toBe('2015-02-28');
    expect(noticeDeadline('2016-03-30', 1)).toBe('2016-02-29');
    expect(noticeDeadline('2016-03-31', 1)).toBe('2016-02-29');
    expect(noticeDeadline('2016-03-29', 1)).toBe('2016-02-29');
    expect(noticeDeadline('2015-03-29', 1)).toBe('2015-02-28');
  });

  it('keeps the day when the earlier month has it', () => {
    expect(noticeDeadline('2015-03-28', 1)).toBe('2015-02-28');
    expect(noticeDeadline('2015-07-31', 1)).toBe('2015-06-30');
    expect(noticeDeadline('2015-08-31', 1)).toBe('2015-07-31');
    expect(noticeDeadline('2015-12-31', 12)).toBe('2014-12-31');
  });

  it('counts from the last day of a month- or year-precision end', () => {
    expect(noticeDeadline('2015-02', 12)).toBe('2014-02-28');
    expect(noticeDeadline('2017-02', 12)).toBe('2016-02-29');
    expect(noticeDeadline('2016', 6)).toBe('2016-06-30');
    expect(lastDayOf('2016-02')).toBe('2016-02-29');
    expect(lastDayOf('2100-02')).toBe('2100-02-28');
    expect(lastDayOf('2000-02')).toBe('2000-02-29');
  });

  it('adds months forward and days across month and year ends', () => {
    expect(addMonthsToDay('2014-01-31', 1)).toBe('2014-02-28');
    expect(addMonthsToDay('2016-01-29', 1)).toBe('2016-02-29');
    expect(addMonthsToDay('2016-02-29', 12)).toBe('2017-02-28');
    expect(nextDay('2015-02-28')).toBe('2015-03-01');
    expect(nextDay('2016-02-28')).toBe('2016-02-29');
    expect(nextDay('2015-12-31')).toBe('2016-01-01');
  });
});
