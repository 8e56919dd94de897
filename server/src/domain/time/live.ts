// "Live on date D": the one rule every answer uses to decide what exists on a day (impact,
// horizon, neighbourhood, search, the strategy map). A lifecycle runs from the first day of its
// start's period to the day after its end's period: a contract ending "2015-02" is live on
// 2015-02-28 and has ended on 2015-03-01. A planned thing with no start is never live; a thing
// with no dates at all is always live.
import { parsePartialDate } from '../metamodel/partial-date.js';

export interface Lifecycle {
  readonly start?: string | undefined;
  readonly end?: string | undefined;
  readonly planned?: boolean | undefined;
}

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of a YYYY-MM-DD day, in UTC; the unit the projection's arrays hold. */
export function dayNumber(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

/** The YYYY-MM-DD day of a day number. */
export function dayText(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Today in UTC, as YYYY-MM-DD: the as-at date when none is given. */
export const today = (): string => new Date().toISOString().slice(0, 10);

/** The half-open span of days [from, until) a lifecycle is live; ±Infinity where open. A
 *  planned thing with no start has from = +Infinity: it is live on no day. */
export function liveSpan(l: Lifecycle): { readonly from: number; readonly until: number } {
  const start = l.start ? parsePartialDate(l.start) : null;
  const end = l.end ? parsePartialDate(l.end) : null;
  const from = start ? dayNumber(start.first) : l.planned ? Infinity : -Infinity;
  const until = end ? dayNumber(end.after) : Infinity;
  return { from, until };
}

/** True when the lifecycle is live on the day (a day number, see `dayNumber`). */
export function isLiveOnDay(l: Lifecycle, day: number): boolean {
  const { from, until } = liveSpan(l);
  return from <= day && day < until;
}

/** True when the lifecycle is live on the day (YYYY-MM-DD). */
export function isLiveOn(l: Lifecycle, day: string): boolean {
  return isLiveOnDay(l, dayNumber(day));
}
