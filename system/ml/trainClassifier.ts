import { normalizeText } from '../triage/normalizeText.js';
import { artifactVersion } from './artifactVersion.js';
import { corruptLabels } from './corruptLabels.js';
import { evaluate } from './evaluate.js';
import { extractFeatures } from './extractFeatures.js';
import { hashExamples } from './hashExamples.js';
import { DEFAULT_HYPER_PARAMETERS, HyperParameters } from './hyperParameters.js';
import type { LabelledExample } from './labelledExample.js';
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
    features: extractFeatures(normalizeText(e.text), hp),
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
  const model = roundModel(hp, vocabulary, weights, bias);
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

// Rounds the weights to the stored precision and drops features that round to nothing, so the
// metrics describe the artifact exactly as written.
function roundModel(
  hp: HyperParameters,
  vocabulary: readonly string[],
  weights: Float64Array,
  bias: readonly number[],
): ClassifierWeights {
  const unit = 10 ** hp.weightDecimals;
  const round = (x: number): number => Math.round(x * unit) / unit;
  const kept: ClassifierWeights = {
    hyperParameters: hp,
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
    const w = [0, 1, 2, 3, 4].map((c) => round(weights[row * 5 + c] as number));
    if (w.every((x) => x === 0)) return;
    kept.vocabulary.push(feature);
    kept.weights.push(w as [number, number, number, number, number]);
  });
  return kept;
}
