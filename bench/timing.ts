// Timing and formatting helpers for the benchmarks.

export interface Sample {
  readonly median: number;
  readonly p95: number;
  readonly min: number;
  readonly max: number;
  readonly runs: number;
}

/** The q-quantile (0–1, nearest rank) of times sorted ascending. */
export const quantile = (sorted: readonly number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;

export function summarise(times: number[]): Sample {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => quantile(sorted, q);
  return {
    median: round(at(0.5)),
    p95: round(at(0.95)),
    min: round(sorted[0]!),
    max: round(sorted[sorted.length - 1]!),
    runs: sorted.length,
  };
}

/** Median and p95 of `runs` timed calls after `warmups`; stops early (at ≥ 5 runs) past the budget. */
export async function sample(
  fn: () => unknown,
  { warmups = 3, runs = 21, budgetMs = 90_000 }: { warmups?: number; runs?: number; budgetMs?: number } = {},
): Promise<Sample> {
  const began = performance.now();
  for (let i = 0; i < warmups; i++) {
    await fn();
    if (performance.now() - began > budgetMs / 3) break;
  }
  const times: number[] = [];
  const timed = performance.now();
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
    if (times.length >= 5 && performance.now() - timed > budgetMs) break;
  }
  return summarise(times);
}

export async function once<T>(fn: () => Promise<T> | T): Promise<[number, T]> {
  const t = performance.now();
  const out = await fn();
  return [round(performance.now() - t), out];
}

export const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;
export const fmtMs = (x: number | undefined) =>
  x === undefined
    ? '–'
    : x >= 10_000
      ? `${(x / 1000).toFixed(1)} s`
      : x >= 100
        ? `${x.toFixed(0)} ms`
        : `${x.toFixed(2)} ms`;
export const fmtRate = (x: number | undefined) =>
  x === undefined ? '–' : `${Math.round(x).toLocaleString('en-GB')}/s`;
export const sizeLabel = (n: number) => (n >= 1000 ? `${n / 1000}k` : String(n));
export const log = (...xs: unknown[]) =>
  console.error(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...xs);
export const fmtMiB = (bytes: number | null) =>
  bytes === null ? 'not measured' : `${Math.round(bytes / 2 ** 20).toLocaleString('en-GB')} MiB`;
