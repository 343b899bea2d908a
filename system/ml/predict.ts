import type { Acuity } from '../domain/acuity.js';
import { compileWeights } from './compileWeights.js';
import { featureGroups } from './featureGroups.js';
import { messageTokens } from './messageTokens.js';
import { softmaxScores } from './softmaxScores.js';
import type { ClassifierWeights } from './triageModelArtifact.js';

/** What the classifier says about one message. */
export interface Prediction {
  acuity: Acuity;
  /** The model's probability of the acuity it chose, in [0, 1]. */
  confidence: number;
  /** A short account naming the words that favoured the chosen acuity most. */
  rationale: string;
}

const UNITS_NAMED = 3;

/** Classifies a message: the most probable acuity, its probability and the words behind it. */
export function predict(model: ClassifierWeights, text: string): Prediction {
  const compiled = compileWeights(model);
  const groups = featureGroups(messageTokens(text, model.hyperParameters), model.hyperParameters);
  // One pass serves both the score (each distinct feature once) and the rationale (each
  // word's own features, shared n-grams included).
  const seen = new Set<string>();
  const rows: number[] = [];
  const groupRows = groups.map((group) => {
    const known: number[] = [];
    for (const feature of group.features) {
      const row = compiled.rows.get(feature);
      if (row !== undefined) known.push(row);
      if (seen.has(feature)) continue;
      seen.add(feature);
      if (row !== undefined) rows.push(row);
    }
    return known;
  });
  // Same scaling as training: a long message must not outvote a short one by length alone.
  const scale = 1 / Math.sqrt(Math.max(1, seen.size));
  const probabilities = softmaxScores(
    compiled.weights,
    compiled.bias,
    rows,
    scale,
    model.temperature,
  );
  const threshold = model.hyperParameters.emergencyThreshold;
  const emergency = (probabilities[0] as number) + (probabilities[1] as number);
  // With a threshold, an emergency is called on the two urgent acuities together; otherwise
  // the most probable of the rest answers.
  const [from, to] = threshold === 0 ? [0, 5] : emergency >= threshold ? [0, 2] : [2, 5];
  let best = from;
  for (let c = from + 1; c < to; c++) {
    // Strictly greater: a tie goes to the more urgent acuity, the safe side.
    if ((probabilities[c] as number) > (probabilities[best] as number)) best = c;
  }
  const acuity = (best + 1) as Acuity;
  const confidence = probabilities[best] as number;
  // Why favour (weight minus the row's mean) rather than weight: a feature weighted high for
  // every acuity explains nothing.
  const named: Array<[string, number]> = [];
  groups.forEach((group, i) => {
    let favour = 0;
    for (const row of groupRows[i] ?? []) favour += compiled.favour[row * 5 + best] as number;
    if (favour > 0) named.push([group.unit, favour]);
  });
  const words = named
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, UNITS_NAMED)
    .map(([unit]) => `"${unit}"`);
  const basis =
    words.length > 0
      ? `led by ${words.join(', ')}`
      : rows.length > 0
        ? 'no word favours it, chosen by elimination'
        : 'no known words, base rates only';
  return {
    acuity,
    confidence,
    rationale: `acuity ${acuity} (p=${confidence.toFixed(2)}), ${basis}`,
  };
}
