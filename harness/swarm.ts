import fc from 'fast-check';

/**
 * A run's swarm (Groce et al. 2012, "Swarm testing"): a weight per action of the walk, 0 for
 * an action the run leaves out. Null: an unswarmed run, where every action is as likely.
 */
export type Swarm = readonly number[] | null;

/**
 * The chance, in [0, 1], that a run is unswarmed. Why half: an unswarmed run is exactly the
 * walk the broken variants' budgets were measured on, so no catch gets rarer than half as
 * likely, and a counterexample found there shrinks as before.
 */
export const UNSWARMED_SHARE = 0.5;

/** Weights an action may get in a swarmed run: off twice as often as each of the others. */
const WEIGHTS = [0, 0, 1, 4] as const;

/**
 * The swarm of one run, drawn from the seed like the rest of the trace; it shrinks toward
 * null (unswarmed), so a counterexample that does not need its swarm loses it.
 */
export function swarm(actions: number): fc.Arbitrary<Swarm> {
  return fc.option(
    fc
      .array(fc.constantFrom(...WEIGHTS), { minLength: actions, maxLength: actions })
      .map((weights) => (weights.some((w) => w > 0) ? weights : null)),
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
