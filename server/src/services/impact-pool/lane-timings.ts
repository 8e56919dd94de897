// How long the pool's tasks of one lane waited for a thread and how long they ran, kept for the
// last KEPT tasks, so that /readyz can say where a slow answer's time went (queued behind others,
// or walking) and the many-clients bench can report it for its own run only.

/** Enough for a bench's clients' run at 100k (about a hundred tasks a second for ten seconds). */
const KEPT = 8192;

export interface Percentiles {
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
}

export interface LaneSummary {
  readonly tasks: number;
  readonly waitMs: Percentiles;
  readonly runMs: Percentiles;
}

function percentiles(values: Float64Array): Percentiles {
  if (values.length === 0) return { p50: 0, p99: 0, max: 0 };
  values.sort();
  const at = (q: number) => values[Math.min(values.length - 1, Math.floor(q * values.length))]!;
  const round = (x: number) => Math.round(x * 10) / 10;
  return { p50: round(at(0.5)), p99: round(at(0.99)), max: round(values[values.length - 1]!) };
}

export class LaneTimings {
  /** A ring of (submitted at, wait, run), oldest overwritten first. */
  private readonly submitted = new Float64Array(KEPT);
  private readonly waits = new Float64Array(KEPT);
  private readonly runs = new Float64Array(KEPT);
  private count = 0;

  record(submittedAt: number, waitMs: number, runMs: number): void {
    const at = this.count++ % KEPT;
    this.submitted[at] = submittedAt;
    // Clocks of two threads: a wait of a fraction below zero is none.
    this.waits[at] = Math.max(0, waitMs);
    this.runs[at] = runMs;
  }

  /** The kept tasks submitted at or after `since` (epoch ms). */
  summary(since = -Infinity): LaneSummary {
    const kept = Math.min(this.count, KEPT);
    const chosen: number[] = [];
    for (let i = 0; i < kept; i++) if (this.submitted[i]! >= since) chosen.push(i);
    const pick = (from: Float64Array) => Float64Array.from(chosen, (i) => from[i]!);
    return {
      tasks: chosen.length,
      waitMs: percentiles(pick(this.waits)),
      runMs: percentiles(pick(this.runs)),
    };
  }
}
