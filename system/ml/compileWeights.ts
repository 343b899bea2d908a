import type { ClassifierWeights } from './triageModelArtifact.js';

/** A model ready to score: feature -> row, weights packed five to a row. */
export interface CompiledWeights {
  rows: ReadonlyMap<string, number>;
  weights: Float64Array;
  /** Each weight minus its row's mean: how much a feature favours one acuity over the others. */
  favour: Float64Array;
  bias: readonly number[];
}

// Why a WeakMap: predict takes the artifact itself, and building the feature map costs a few
// milliseconds, which must be paid once per artifact, not once per message.
const compiled = new WeakMap<ClassifierWeights, CompiledWeights>();

/**
 * The scoring form of a model, built once per artifact object and cached.
 * WARNING: assumes the artifact is not mutated after its first use.
 */
export function compileWeights(model: ClassifierWeights): CompiledWeights {
  const cached = compiled.get(model);
  if (cached !== undefined) return cached;
  const rows = new Map<string, number>();
  const weights = new Float64Array(model.vocabulary.length * 5);
  const favour = new Float64Array(model.vocabulary.length * 5);
  model.vocabulary.forEach((feature, row) => {
    rows.set(feature, row);
    const w = model.weights[row] ?? [0, 0, 0, 0, 0];
    const mean = w.reduce((a, b) => a + b, 0) / 5;
    weights.set(w, row * 5);
    favour.set(
      w.map((x) => x - mean),
      row * 5,
    );
  });
  const result = { rows, weights, favour, bias: model.bias };
  compiled.set(model, result);
  return result;
}
