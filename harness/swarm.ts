import fc from 'fast-check';

/**
 * A run's swarm (Groce et al. 2012, "Swarm testing"): a weight per action of the walk, 0 for
 * an action the swarm leaves out. Null: an unswarmed run, where every action is as likely.
 */
export type Swarm = readonly number[] | null;

/** A swarm phase: the swarm's weights, and the choices the walk takes under it. */
export interface SwarmPhase<C> {
  weights: readonly number[];
  choices: readonly C[];
}

/**
 * The chance, in [0, 1], that a run has no swarm phase. Why half: the other half of the
 * budget then goes to runs whose second part repeats a few kinds, without taking it all.
 */
export const UNSWARMED_SHARE = 0.5;

/** Weights an action may get in a swarm: off twice as often as each of the others. */
const WEIGHTS = [0, 0, 1, 4] as const;

/**
 * A run's swarm phase, or null: weights for `actions` actions and up to `maxLength` choices.
 * It shrinks toward null, so a counterexample that does not need it loses it.
 */
export function swarmPhase<C>(
  actions: number,
  choice: fc.Arbitrary<C>,
  maxLength: number,
): fc.Arbitrary<SwarmPhase<C> | null> {
  return fc.option(
    fc
      .record({
        weights: fc.array(fc.constantFrom(...WEIGHTS), { minLength: actions, maxLength: actions }),
        choices: fc.array(choice, { maxLength, size: 'max' }),
      })
      .map((phase) => (phase.weights.some((w) => w > 0) ? phase : null)),
    { nil: null, freq: Math.round(1 / UNSWARMED_SHARE) },
  );
}

/**
 * The actions a swarmed choice tries, in order: the one `pick` lands on in the wheel of
 * weights, then the other enabled ones cyclically. Why `pick`: unlike `action`, it ranges
 * wide enough for any weights; it shrinks toward 0, the first enabled action.
 */
export function swarmOrder(weights: readonly number[], pick: number): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  let spin = pick % total;
  let first = 0;
  while (spin >= weights[first]!) spin -= weights[first++]!;
  const order: number[] = [];
  for (let offset = 0; offset < weights.length; offset++) {
    const action = (first + offset) % weights.length;
    if (weights[action]! > 0) order.push(action);
  }
  return order;
}
