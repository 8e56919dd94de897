// Calendar arithmetic on YYYY-MM-DD days, by date-fns rather than by hand: month lengths and leap
// years are where hand-written month arithmetic went wrong (one month before 30 March came out as
// 2 March). Pure, so the page's contract view shares it (client/src/contracts/dates.ts).
import { addMonths } from 'date-fns';
import { parsePartialDate } from '../metamodel/partial-date.js';

// Local noon: date-fns works in local time, and noon is the same calendar day in every zone,
// on daylight-saving days too.
const toDate = (day: string): Date => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12);
};
const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const toDay = (date: Date): string =>
  `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

/** The same day `months` later (or earlier), kept inside the month: 31 January + 1 → 28 or 29
 *  February; 30 March − 1 → 28 or 29 February. */
export function addMonthsToDay(day: string, months: number): string {
  return toDay(addMonths(toDate(day), months));
}

/** The day after `day`. */
export function nextDay(day: string): string {
  const date = toDate(day);
  date.setDate(date.getDate() + 1);
  return toDay(date);
}

/** The day before `day`. */
export function previousDay(day: string): string {
  const date = toDate(day);
  date.setDate(date.getDate() - 1);
  return toDay(date);
}

/** The last day a partial date covers: 2015-02 → 2015-02-28, 2016 → 2016-12-31. */
export function lastDayOf(partialDate: string): string {
  const period = parsePartialDate(partialDate);
  if (!period) throw new Error(`[domain/time] "${partialDate}" is not a date as YYYY, YYYY-MM or YYYY-MM-DD`);
  return previousDay(period.after);
}

/** The last day to give notice: the contract's last day less the notice period, clamped to the
 *  end of a shorter month (a contract ending 30 March with a month's notice: 28 or 29 February).
 *  An end known to the month or year runs to the end of a month, and so does its deadline: a
 *  contract ending February 2017 with a year's notice must be told by 29 February 2016. */
export function noticeDeadline(end: string, noticeMonths: number): string {
  const period = parsePartialDate(end);
  if (period && period.precision !== 'DAY') return previousDay(addMonthsToDay(period.after, -noticeMonths));
  return addMonthsToDay(lastDayOf(end), -noticeMonths);
}
