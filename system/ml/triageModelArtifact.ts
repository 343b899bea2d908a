import { z } from 'zod';
import { HyperParameters } from './hyperParameters.js';
import { ModelMetrics } from './modelMetrics.js';

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);
// One score per acuity, in acuity order 1..5.
const PerAcuity = z.tuple([z.number(), z.number(), z.number(), z.number(), z.number()]);

/** The prefix of every version this kind of model gets (logistic regression). */
export const ARTIFACT_VERSION_PREFIX = 'lr-';

/** The parts of an artifact that predict reads: the trained model itself. */
export const ClassifierWeights = z.object({
  hyperParameters: HyperParameters,
  /** Per-acuity intercepts. */
  bias: PerAcuity,
  /** Features in sorted order; `weights[i]` holds the per-acuity weights of `vocabulary[i]`. */
  vocabulary: z.array(z.string()),
  weights: z.array(PerAcuity),
  /** The temperature the scores are divided by before the softmax: calibration. */
  temperature: z.number().positive().max(100).default(1),
});
export type ClassifierWeights = z.infer<typeof ClassifierWeights>;

/**
 * A trained triage classifier as stored in `artifacts/<version>.json`: the model, how it was
 * made and how it did on held-out data. `version` is a content hash of everything else, so a
 * version names exactly one model and one history.
 */
export const TriageModelArtifact = ClassifierWeights.extend({
  kind: z.literal('softmax-regression'),
  version: z.string().regex(new RegExp(`^${ARTIFACT_VERSION_PREFIX}[0-9a-f]{12}$`)),
  seed: z.int().min(0).max(0xffff_ffff),
  trainingDataHash: Sha256,
  trainingExamples: z.int().min(0),
  /** Fraction of acuity 1-4 training labels deliberately made less urgent (0 for a real model). */
  labelCorruption: z.number().min(0).max(1),
  evaluationDataHash: Sha256,
  /** Metrics on the held-out examples whose hash is `evaluationDataHash`. */
  metrics: ModelMetrics,
}).refine((a) => a.weights.length === a.vocabulary.length, {
  message: 'weights and vocabulary differ in length',
});
export type TriageModelArtifact = z.infer<typeof TriageModelArtifact>;
