import { artifactVersion } from './artifactVersion.js';
import { compileWeights } from './compileWeights.js';
import { corruptLabels } from './corruptLabels.js';
import { evaluate } from './evaluate.js';
import { extractFeatures } from './extractFeatures.js';
import { hashExamples } from './hashExamples.js';
import { DEFAULT_HYPER_PARAMETERS, HyperParameters } from './hyperParameters.js';
import type { LabelledExample } from './labelledExample.js';
import { messageTokens } from './messageTokens.js';
import { seededRandom } from './seededRandom.js';
import { shuffleInPlace } from './shuffleInPlace.js';
import { softmaxScores } from './softmaxScores.js';
import type { ClassifierWeights, TriageModelArtifact } from './triageModelArtifact.js';

// Why a hand-written classifier: multinomial logistic regression over sparse n-grams is ~100
// lines here, while the pure-JS libraries that offer it (natural, ml-logistic-regression) bring
// dense matrices or their own tokenizers, hide their randomness from our seed, and give no
// per-feature weights for a rationale. Softmax also yields calibrated-enough probabilities,
// which naive Bayes (the other few-line choice) famously does not.

/** How to train: the seed, the held-out set the metrics come from, and optional overrides. */
export interface TrainOptions {
  seed: number;
  heldOut: readonly LabelledExample[];
  hyperParameters?: Partial<HyperParameters>;
  /** Fraction of acuity 1-4 labels to make less urgent first (see `corruptLabels`); default 0. */
  corruptLabels?: number;
  /** Examples the temperature is fitted on (never the held-out ones); none: temperature 1. */
  calibration?: readonly LabelledExample[];
}

// Why a stream of its own: a corrupted model then differs from the clean one by its labels
// only, not by its training order too.
const CORRUPTION_STREAM = 0x5bd1e995;

/**
 * Trains a softmax-regression triage classifier by seeded stochastic gradient descent and seals
 * it into a versioned artifact with held-out metrics. Pure: same inputs, same bytes.
 */
export function trainClassifier(
  examples: readonly LabelledExample[],
  options: TrainOptions,
): TriageModelArtifact {
  const seed = options.seed >>> 0;
  // Parsed because a bad setting is a caller's bug, better thrown here than stored in an artifact.
  const hp = HyperParameters.parse({ ...DEFAULT_HYPER_PARAMETERS, ...options.hyperParameters });
  const corruption = options.corruptLabels ?? 0;
  if (!(corruption >= 0 && corruption <= 1))
    throw new RangeError('corruptLabels must be in [0, 1]');
  const labelled =
    corruption > 0
      ? corruptLabels(examples, corruption, (seed ^ CORRUPTION_STREAM) >>> 0)
      : examples;
  const featured = labelled.map((e) => ({
    acuity: e.acuity,
    features: extractFeatures(messageTokens(e.text, hp), hp),
  }));
  const counts = new Map<string, number>();
  for (const e of featured) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocabulary = [...counts]
    .filter(([, n]) => n >= hp.minFeatureCount)
    .map(([f]) => f)
    .sort();
  const rowOf = new Map(vocabulary.map((f, row) => [f, row]));
  const rows = featured.map((e) => ({
    acuity: e.acuity,
    rows: e.features.flatMap((f) => rowOf.get(f) ?? []),
    scale: 1 / Math.sqrt(Math.max(1, e.features.length)),
  }));
  const weights = new Float64Array(vocabulary.length * 5);
  const bias = [0, 0, 0, 0, 0];
  const random = seededRandom(seed);
  const order = rows.map((_, i) => i);
  for (let epoch = 0; epoch < hp.epochs; epoch++) {
    const rate = hp.learningRate / (1 + hp.learningRateDecay * epoch);
    for (const i of shuffleInPlace(order, random)) {
      const example = rows[i] as (typeof rows)[number];
      const p = softmaxScores(weights, bias, example.rows, example.scale);
      const cost = example.acuity <= 2 ? hp.emergencyWeight : 1;
      for (let c = 0; c < 5; c++) {
        const gradient = cost * ((p[c] as number) - (c === example.acuity - 1 ? 1 : 0));
        bias[c] = (bias[c] as number) - rate * gradient;
        for (const row of example.rows) {
          const at = row * 5 + c;
          const w = weights[at] as number;
          weights[at] = w - rate * (gradient * example.scale + hp.l2 * w);
        }
      }
    }
  }
  const rounded = roundModel(hp, vocabulary, weights, bias);
  const model = { ...rounded, temperature: fitTemperature(rounded, options.calibration ?? []) };
  const content: Omit<TriageModelArtifact, 'version'> = {
    kind: 'softmax-regression',
    ...model,
    seed,
    trainingDataHash: hashExamples(examples),
    trainingExamples: examples.length,
    labelCorruption: corruption,
    evaluationDataHash: hashExamples(options.heldOut),
    metrics: evaluate(model, options.heldOut),
  };
  return { ...content, version: artifactVersion(content) };
}

const TEMPERATURES = Array.from(
  { length: 60 },
  (_, i) => Math.round((0.25 + i * 0.05) * 100) / 100,
);

/** The temperature with the least negative log-likelihood on the calibration examples. */
function fitTemperature(model: ClassifierWeights, examples: readonly LabelledExample[]): number {
  if (examples.length === 0) return 1;
  const scored = examples.map((e) => ({ e, logits: logitsOf(model, e.text) }));
  let best = 1;
  let bestLoss = Number.POSITIVE_INFINITY;
  for (const t of TEMPERATURES) {
    let loss = 0;
    for (const { e, logits } of scored) {
      const z = logits.map((x) => x / t);
      const top = Math.max(...z);
      const sum = z.reduce((a, x) => a + Math.exp(x - top), 0);
      loss -= z[e.acuity - 1]! - top - Math.log(sum);
    }
    if (loss < bestLoss) {
      bestLoss = loss;
      best = t;
    }
  }
  return best;
}

function logitsOf(model: ClassifierWeights, text: string): number[] {
  const compiled = compileWeights(model);
  const rows = new Set<number>();
  for (const f of extractFeatures(
    messageTokens(text, model.hyperParameters),
    model.hyperParameters,
  )) {
    const row = compiled.rows.get(f);
    if (row !== undefined) rows.add(row);
  }
  const scale =
    1 /
    Math.sqrt(
      Math.max(
        1,
        extractFeatures(messageTokens(text, model.hyperParameters), model.hyperParameters).length,
      ),
    );
  const z = [...model.bias];
  for (const row of rows)
    for (let c = 0; c < 5; c++) z[c]! += compiled.weights[row * 5 + c]! * scale;
  return z;
}

// Rounds the weights to the stored precision and drops features too weak to matter, so the
// metrics describe the artifact exactly as written. Why centre each row first: softmax is blind
// to a constant added to every acuity, so a feature's mean weight decides nothing, and once it
// is gone a feature that barely separates the acuities shows as the small numbers it is.
function roundModel(
  hp: HyperParameters,
  vocabulary: readonly string[],
  weights: Float64Array,
  bias: readonly number[],
): ClassifierWeights {
  const unit = 10 ** hp.weightDecimals;
  // `+ 0` turns -0 into 0, which JSON would otherwise change on the way to disk.
  const round = (x: number): number => Math.round(x * unit) / unit + 0;
  const kept: ClassifierWeights = {
    hyperParameters: hp,
    temperature: 1,
    bias: [
      round(bias[0] ?? 0),
      round(bias[1] ?? 0),
      round(bias[2] ?? 0),
      round(bias[3] ?? 0),
      round(bias[4] ?? 0),
    ],
    vocabulary: [],
    weights: [],
  };
  vocabulary.forEach((feature, row) => {
    const raw = [0, 1, 2, 3, 4].map((c) => weights[row * 5 + c] as number);
    const mean = raw.reduce((a, b) => a + b, 0) / 5;
    const w = raw.map((x) => round(x - mean));
    if (w.every((x) => Math.abs(x) < hp.pruneBelow || x === 0)) return;
    kept.vocabulary.push(feature);
    kept.weights.push(w as [number, number, number, number, number]);
  });
  return kept;
}
