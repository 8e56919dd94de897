import { describe, expect, it } from 'vitest';
import { addMonths, formatPartialDate, fromIsoDate, partialDateSpan } from './dates.js';
import { tickStepMonths, timeScale } from './time-scale.js';

const d = (iso: string) => fromIsoDate(iso);

describe('partial dates', () => {
  it('stand for the whole year, month or day', () => {
    expect(partialDateSpan('2015-02')).toEqual({ start: d('2015-02-01'), end: d('2015-03-01') });
    expect(partialDateSpan('2015')).toEqual({ start: d('2015-01-01'), end: d('2016-01-01') });
    expect(partialDateSpan('2015-02-10')).toEqual({ start: d('2015-02-10'), end: d('2015-02-11') });
    expect(() => partialDateSpan('Feb 2015')).toThrow(/YYYY/);
  });

  it('read as people write them', () => {
    expect(formatPartialDate('2015-02')).toBe('February 2015');
    expect(formatPartialDate('2015-02', true)).toBe('Feb 2015');
    expect(formatPartialDate('2014-04-01')).toBe('1 April 2014');
    expect(formatPartialDate('2016')).toBe('2016');
  });

  it('add months, staying inside short months', () => {
    expect(addMonths('2014-04-01', 12)).toBe('2015-04-01');
    expect(addMonths('2014-01-31', 1)).toBe('2014-02-28');
    expect(addMonths('2014-10-15', 6)).toBe('2015-04-15');
  });
});

describe('time scale', () => {
  const scale = timeScale(d('2014-04-01'), d('2015-04-01'), 365);

  it('maps dates linearly onto the width', () => {
    expect(scale.x(d('2014-04-01'))).toBe(0);
    expect(scale.x(d('2015-04-01'))).toBe(365);
    expect(scale.x(d('2015-02-01'))).toBeCloseTo(306, 0);
    expect(scale.clampedX(d('2013-01-01'))).toBe(0);
    expect(scale.clampedX(d('2016-01-01'))).toBe(365);
    expect(scale.contains(d('2015-02-01'))).toBe(true);
  });

  it('ticks monthly over a year, naming the year at January and at the start', () => {
    expect(scale.ticks).toHaveLength(13);
    expect(scale.ticks[0]!.label).toBe('Apr 2014');
    expect(scale.ticks[1]!.label).toBe('May');
    const january = scale.ticks.find((t) => t.label === 'Jan 2015')!;
    expect(january.major).toBe(true);
  });

  it('ticks by quarter up to three years and by year beyond', () => {
    expect(tickStepMonths(6)).toBe(1);
    expect(tickStepMonths(24)).toBe(3);
    expect(tickStepMonths(60)).toBe(12);
    const quarters = timeScale(d('2014-04-15'), d('2016-04-15'), 800);
    expect(quarters.ticks.map((t) => t.label).slice(0, 4)).toEqual(['Jul 2014', 'Oct', 'Jan 2015', 'Apr']);
    const years = timeScale(d('2013-06-01'), d('2018-06-01'), 800);
    expect(years.ticks.map((t) => t.label)).toEqual(['2014', '2015', '2016', '2017', '2018']);
  });

  it('refuses a window that ends before it starts', () => {
    expect(() => timeScale(d('2015-01-01'), d('2014-01-01'), 100)).toThrow(/must end after it starts/);
  });
});
