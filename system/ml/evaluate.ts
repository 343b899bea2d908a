import type { LabelledExample } from './labelledExample.js';
import type { ModelMetrics } from './modelMetrics.js';
import { predict } from './predict.js';
import type { ClassifierWeights } from './triageModelArtifact.js';

/** Measures a model on labelled examples: accuracy, recall per acuity, triage error rates. */
export function evaluate(
  model: ClassifierWeights,
  examples: readonly LabelledExample[],
): ModelMetrics {
  const confusion = [0, 1, 2, 3, 4].map(() => [0, 0, 0, 0, 0]);
  let correct = 0;
  let under = 0;
  let over = 0;
  let emergencies = 0;
  let emergencyUnder = 0;
  let emergencyMissed = 0;
  for (const example of examples) {
    const predicted = predict(model, example.text).acuity;
    const label = example.acuity;
    const row = confusion[label - 1] as number[];
    row[predicted - 1] = (row[predicted - 1] as number) + 1;
    if (predicted === label) correct++;
    else if (predicted > label) under++;
    else over++;
    if (label <= 2) {
      emergencies++;
      if (predicted > label) emergencyUnder++;
      if (predicted > 2) emergencyMissed++;
    }
  }
  const recall = (acuity: number): number | null => {
    const row = confusion[acuity - 1] as number[];
    const total = row.reduce((a, b) => a + b, 0);
    return total === 0 ? null : (row[acuity - 1] as number) / total;
  };
  return {
    examples: examples.length,
    accuracy: ratio(correct, examples.length),
    recallByAcuity: { 1: recall(1), 2: recall(2), 3: recall(3), 4: recall(4), 5: recall(5) },
    confusion,
    underTriageRate: ratio(under, examples.length),
    overTriageRate: ratio(over, examples.length),
    emergencyExamples: emergencies,
    emergencyUnderTriageRate: ratio(emergencyUnder, emergencies),
    emergencyMissRate: ratio(emergencyMissed, emergencies),
  };
}

// Why 0 for an empty set: a rate of nothing is no error; the counts beside it tell the reader
// (and the promotion gate) that nothing was measured.
function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}
