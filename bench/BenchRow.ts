/** One line of the benchmark table: what was measured, the targets, and the figures. */
export interface BenchRow {
  what: string;
  seedTarget: string;
  ourTarget: string;
  /** Median of the repetitions, with their minimum and maximum. */
  median: number;
  min: number;
  max: number;
  unit: string;
  /** Whether the median meets our target (null: we set none). */
  met: boolean | null;
  /** Whether the median meets the seed's target (null: it set none). */
  seedMet: boolean | null;
}

/** Summarizes repeated measurements into a row. */
export function benchRow(
  what: string,
  seedTarget: string,
  ourTarget: string,
  values: readonly number[],
  unit: string,
  meets: ((median: number) => boolean) | null,
  seedMeets: ((median: number) => boolean) | null = null,
): BenchRow {
  const sorted = [...values].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
  return {
    what,
    seedTarget,
    ourTarget,
    median,
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
    unit,
    met: meets ? meets(median) : null,
    seedMet: seedMeets ? seedMeets(median) : null,
  };
}
