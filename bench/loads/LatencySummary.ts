/** Upper edges of the histogram's buckets in ms: 10 a decade from 0.1 ms to 10 s, then more. */
export const BUCKET_EDGES_MS: readonly number[] = Array.from(
  { length: 51 },
  (_, k) => 10 ** ((k - 10) / 10),
);

/** One load run: how many requests, how long, and their latencies. */
export interface LatencySummary {
  requests: number;
  /** Requests that got no successful answer (they count in the latencies too). */
  errors: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Counts per bucket of `BUCKET_EDGES_MS`, plus one for anything slower. */
  histogram: number[];
}

/** Summarizes the latencies (ms) of a run that lasted `seconds`. */
export function summarizeLatencies(
  latencies: readonly number[],
  errors: number,
  seconds: number,
): LatencySummary {
  const sorted = Float64Array.from(latencies).sort();
  const at = (q: number) =>
    sorted.length === 0
      ? Number.NaN
      : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  const histogram = new Array<number>(BUCKET_EDGES_MS.length + 1).fill(0);
  let bucket = 0;
  for (const ms of sorted) {
    while (bucket < BUCKET_EDGES_MS.length && ms > BUCKET_EDGES_MS[bucket]!) bucket++;
    histogram[bucket]!++;
  }
  return {
    requests: sorted.length,
    errors,
    seconds,
    perSecond: sorted.length / seconds,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    max: sorted.length === 0 ? Number.NaN : sorted[sorted.length - 1]!,
    histogram,
  };
}
