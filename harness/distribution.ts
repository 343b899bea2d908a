/** A distribution over runs, as five numbers. */
export interface Distribution {
  min: number;
  median: number;
  p90: number;
  max: number;
  mean: number;
}

/** The distribution of a histogram (value -> how many runs had it); all zeros when empty. */
export function distribution(histogram: ReadonlyMap<number, number>): Distribution {
  const values = [...histogram.keys()].sort((a, b) => a - b);
  const total = values.reduce((n, v) => n + histogram.get(v)!, 0);
  if (total === 0) return { min: 0, median: 0, p90: 0, max: 0, mean: 0 };
  const quantile = (q: number): number => {
    // Why the nearest rank: it always names a value some run really had.
    const rank = Math.max(1, Math.ceil(q * total));
    let seen = 0;
    for (const v of values) {
      seen += histogram.get(v)!;
      if (seen >= rank) return v;
    }
    return values[values.length - 1]!;
  };
  const sum = values.reduce((n, v) => n + v * histogram.get(v)!, 0);
  return {
    min: values[0]!,
    median: quantile(0.5),
    p90: quantile(0.9),
    max: values[values.length - 1]!,
    mean: sum / total,
  };
}
