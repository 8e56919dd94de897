// A linear time axis for the contracts timeline: date → x in pixels, and ticks whose step grows
// with the window (months up to a year, quarters up to three years, then years).
import { monthName } from './dates.js';

export interface Tick {
  readonly date: Date;
  readonly x: number;
  readonly label: string;
  /** Year boundaries are drawn stronger. */
  readonly major: boolean;
}

export interface TimeScale {
  readonly from: Date;
  readonly to: Date;
  readonly width: number;
  x(date: Date): number;
  /** x clamped to the axis, for bars that start before or end after the window. */
  clampedX(date: Date): number;
  contains(date: Date): boolean;
  readonly ticks: readonly Tick[];
}

export function monthsBetween(from: Date, to: Date): number {
  return (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth();
}

export function tickStepMonths(spanMonths: number): number {
  if (spanMonths <= 12) return 1;
  if (spanMonths <= 36) return 3;
  return 12;
}

export function timeScale(from: Date, to: Date, width: number): TimeScale {
  if (!(to.getTime() > from.getTime())) {
    throw new Error(
      `[client/time-scale] the window must end after it starts (${from.toISOString()} → ${to.toISOString()})`,
    );
  }
  const t0 = from.getTime();
  const span = to.getTime() - t0;
  const x = (date: Date) => ((date.getTime() - t0) / span) * width;
  const step = tickStepMonths(monthsBetween(from, to));
  const ticks: Tick[] = [];
  // First tick: the first month start on or after `from` that falls on the step's grid.
  let y = from.getUTCFullYear();
  let m = from.getUTCMonth() + (from.getUTCDate() > 1 ? 1 : 0);
  m = Math.ceil(m / step) * step;
  for (let date = new Date(Date.UTC(y, m, 1)); date.getTime() <= to.getTime();) {
    const month = date.getUTCMonth();
    const major = month === 0;
    const label =
      step === 12
        ? String(date.getUTCFullYear())
        : major || ticks.length === 0
          ? `${monthName(month)} ${date.getUTCFullYear()}`
          : monthName(month);
    ticks.push({ date, x: x(date), label, major });
    y = date.getUTCFullYear();
    date = new Date(Date.UTC(y, month + step, 1));
  }
  return {
    from,
    to,
    width,
    x,
    clampedX: (date) => Math.min(width, Math.max(0, x(date))),
    contains: (date) => date.getTime() >= t0 && date.getTime() <= to.getTime(),
    ticks,
  };
}
