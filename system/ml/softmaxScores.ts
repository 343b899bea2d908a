/** Softmax over the five linear scores of a sparse, binary-valued example, at a temperature. */
export function softmaxScores(
  weights: Float64Array,
  bias: readonly number[],
  rows: readonly number[],
  scale: number,
  temperature = 1,
): number[] {
  const z = [bias[0] ?? 0, bias[1] ?? 0, bias[2] ?? 0, bias[3] ?? 0, bias[4] ?? 0];
  for (const row of rows) {
    const at = row * 5;
    for (let c = 0; c < 5; c++) z[c] = (z[c] as number) + (weights[at + c] as number) * scale;
  }
  // Temperature scaling (Guo et al. 2017): one scalar fitted after training on held-out data,
  // which calibrates the probabilities and keeps their order.
  for (let c = 0; c < 5; c++) z[c] = (z[c] as number) / temperature;
  const top = Math.max(...z);
  let sum = 0;
  for (let c = 0; c < 5; c++) {
    z[c] = Math.exp((z[c] as number) - top);
    sum += z[c] as number;
  }
  return z.map((e) => e / sum);
}
