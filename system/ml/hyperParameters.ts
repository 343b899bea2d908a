import { z } from 'zod';

/** The settings a classifier is trained with; recorded in its artifact and hashed into its version. */
export const HyperParameters = z.object({
  /** Passes over the training set. */
  epochs: z.int().min(1).max(1000),
  /** Step size of the first epoch; later epochs divide it by (1 + decay x epoch). */
  learningRate: z.number().positive().max(100),
  learningRateDecay: z.number().min(0).max(100),
  /** L2 penalty on the weights of the features an example uses. */
  l2: z.number().min(0).max(1),
  /** Fewest training messages a feature must occur in to enter the vocabulary. */
  minFeatureCount: z.int().min(1),
  wordBigrams: z.boolean(),
  /** Sizes of the within-word character n-grams, which make the model forgive typos. */
  charNgramSizes: z.array(z.int().min(2).max(6)).max(4),
  /** Loss weight of acuity 1-2 examples relative to the rest: under-triage costs more. */
  emergencyWeight: z.number().min(1).max(100),
  /** Decimals the stored weights keep: smaller artifacts, and floating-point noise rounded off. */
  weightDecimals: z.int().min(1).max(8),
  /** Whether words are marked with their context (negated, past, hypothetical): see `messageTokens`. */
  contextMarks: z.boolean().default(false),
  /**
   * The probability of acuity 1-2 together at which the model calls an emergency; below it the
   * model answers the most probable of 3-5. 0 keeps the plain most probable acuity.
   */
  emergencyThreshold: z.number().min(0).max(1).default(0),
  /**
   * A feature whose centred weights all stay below this is dropped from the artifact: it moves
   * no acuity against another enough to matter, and a smaller artifact loads and reads faster.
   */
  pruneBelow: z.number().min(0).max(10).default(0),
});
export type HyperParameters = z.infer<typeof HyperParameters>;

/** The hyper-parameters `npm run train` uses unless told otherwise. */
export const DEFAULT_HYPER_PARAMETERS: HyperParameters = {
  epochs: 40,
  learningRate: 0.5,
  learningRateDecay: 0.05,
  l2: 0.0001,
  minFeatureCount: 5,
  wordBigrams: true,
  charNgramSizes: [4],
  emergencyWeight: 1,
  weightDecimals: 2,
  contextMarks: true,
  emergencyThreshold: 0.85,
  pruneBelow: 0.1,
};
