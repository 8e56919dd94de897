// Dates known to the year, month or day. The sources say "February 2015", so a contract's
// end is often a month: it is live on 2015-02-10 and has ended on 2015-03-01.

export const PARTIAL_DATE_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export type DatePrecision = 'YEAR' | 'MONTH' | 'DAY';

export interface PartialDate {
  readonly text: string;
  readonly precision: DatePrecision;
  /** First day of the period, as YYYY-MM-DD. */
  readonly first: string;
  /** First day after the period, as YYYY-MM-DD (exclusive end). */
  readonly after: string;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const isoDay = (d: Date): string =>
  `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; returns null when the text is not a real date. */
export function parsePartialDate(text: string): PartialDate | null {
  if (!PARTIAL_DATE_PATTERN.test(text)) return null;
  const [y, m, d] = text.split('-').map(Number) as [number, number?, number?];
  if (m === undefined) {
    return { text, precision: 'YEAR', first: `${text}-01-01`, after: `${pad(y + 1, 4)}-01-01` };
  }
  if (d === undefined) {
    const after = new Date(Date.UTC(y, m, 1));
    return { text, precision: 'MONTH', first: `${text}-01`, after: isoDay(after) };
  }
  const day = new Date(Date.UTC(y, m - 1, d));
  if (day.getUTCMonth() !== m - 1) return null; // 2015-02-30
  return { text, precision: 'DAY', first: text, after: isoDay(new Date(Date.UTC(y, m - 1, d + 1))) };
}

/** True when `day` (YYYY-MM-DD) falls inside or before the end of the period. */
export function isOnOrBeforeEnd(period: PartialDate, day: string): boolean {
  return day < period.after;
}
