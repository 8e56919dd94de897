// Partial dates (YYYY, YYYY-MM, YYYY-MM-DD) as the span they stand for, and as people read them.
// A contract ending "2015-02" is live on 2015-02-10 and ended on 2015-03-01 (DESIGN.md, Dates):
// its span is February, and the timeline draws the whole month. All dates are UTC midnights.

import { addMonthsToDay } from '../../../server/src/domain/time/calendar.js';

export interface DateSpan {
  readonly start: Date;
  /** Exclusive: the first day after the span. */
  readonly end: Date;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d));

function parts(value: string): [number, number | undefined, number | undefined] {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) throw new Error(`[client/dates] "${value}" is not a date as YYYY, YYYY-MM or YYYY-MM-DD`);
  return [
    Number(match[1]),
    match[2] === undefined ? undefined : Number(match[2]),
    match[3] === undefined ? undefined : Number(match[3]),
  ];
}

export function partialDateSpan(value: string): DateSpan {
  const [y, m, d] = parts(value);
  if (m === undefined) return { start: utc(y, 0, 1), end: utc(y + 1, 0, 1) };
  if (d === undefined) return { start: utc(y, m - 1, 1), end: utc(y, m, 1) };
  return { start: utc(y, m - 1, d), end: utc(y, m - 1, d + 1) };
}

/** "2015" → "2015", "2015-02" → "February 2015", "2015-02-10" → "10 February 2015". */
export function formatPartialDate(value: string, short = false): string {
  const [y, m, d] = parts(value);
  if (m === undefined) return String(y);
  const month = short ? MONTHS[m - 1]!.slice(0, 3) : MONTHS[m - 1]!;
  return d === undefined ? `${month} ${y}` : `${d} ${month} ${y}`;
}

export const toIsoDate = (date: Date): string => date.toISOString().slice(0, 10);

export const fromIsoDate = (value: string): Date => partialDateSpan(value).start;

/** The same day n months later, kept inside the month (31 January + 1 month → 28 February):
 *  the server's calendar module (pure, date-fns), so the page and the notice deadlines agree. */
export function addMonths(isoDate: string, months: number): string {
  return addMonthsToDay(toIsoDate(fromIsoDate(isoDate)), months);
}

export const monthName = (index: number, short = true): string =>
  short ? MONTHS[index]!.slice(0, 3) : MONTHS[index]!;
