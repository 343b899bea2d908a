import type { LabelledExample } from './labelledExample.js';
import { predict } from './predict.js';
import type { ClassifierWeights } from './triageModelArtifact.js';

const BINS = 10;

/**
 * Expected calibration error (Naeini et al. 2015): examples binned by the confidence of the
 * acuity the model chose, the gap between each bin's mean confidence and its accuracy,
 * weighted by the bin's share. 0 is perfectly calibrated.
 */
export function calibrationError(
  model: ClassifierWeights,
  examples: readonly LabelledExample[],
): number {
  if (examples.length === 0) return 0;
  const bins = Array.from({ length: BINS }, () => ({ n: 0, confidence: 0, correct: 0 }));
  for (const e of examples) {
    const p = predict(model, e.text);
    const bin = bins[Math.min(BINS - 1, Math.floor(p.confidence * BINS))]!;
    bin.n++;
    bin.confidence += p.confidence;
    if (p.acuity === e.acuity) bin.correct++;
  }
  return bins.reduce(
    (sum, b) =>
      b.n === 0
        ? sum
        : sum + (b.n / examples.length) * Math.abs(b.confidence / b.n - b.correct / b.n),
    0,
  );
}
