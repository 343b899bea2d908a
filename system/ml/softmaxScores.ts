/** Softmax over the five linear scores of a sparse, binary-valued example. */
export function softmaxScores(
  weights: Float64Array,
  bias: readonly number[],
  rows: readonly number[],
  scale: number,
): number[] {
  const z = [bias[0] ?? 0, bias[1] ?? 0, bias[2] ?? 0, bias[3] ?? 0, bias[4] ?? 0];
  for (const row of rows) {
    const at = row * 5;
    for (let c = 0; c < 5; c++) z[c] = (z[c] as number) + (weights[at + c] as number) * scale;
  }
  const top = Math.max(...z);
  let sum = 0;
  for (let c = 0; c < 5; c++) {
    z[c] = Math.exp((z[c] as number) - top);
    sum += z[c] as number;
  }
  return z.map((e) => e / sum);
}
