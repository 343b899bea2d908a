import type { Acuity } from '../domain/acuity.js';
import type { LabelledExample } from './labelledExample.js';
import { seededRandom } from './seededRandom.js';
import { shuffleInPlace } from './shuffleInPlace.js';

/**
 * A copy of the examples in which `fraction` of the acuity 1-4 labels (chosen by the seed) are
 * moved to a less urgent acuity drawn uniformly among those left: the labelling error that
 * hurts patients, used to make a deliberately bad model.
 * WARNING: for testing the safety net only; never train a served model with fraction > 0.
 */
export function corruptLabels(
  examples: readonly LabelledExample[],
  fraction: number,
  seed: number,
): LabelledExample[] {
  const random = seededRandom(seed);
  const movable = examples.flatMap((e, i) => (e.acuity < 5 ? [i] : []));
  const chosen = shuffleInPlace(movable, random).slice(0, Math.round(fraction * movable.length));
  const result = examples.map((e) => ({ ...e }));
  for (const i of chosen) {
    const example = result[i] as LabelledExample;
    const lessUrgent = 5 - example.acuity;
    example.acuity = (example.acuity + 1 + Math.floor(random() * lessUrgent)) as Acuity;
  }
  return result;
}
