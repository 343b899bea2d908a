import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { machineWalk } from '../generators/machineWalk.js';
import { spec } from './fixtures/chainProperty.js';
import { swarmOrder } from './swarm.js';

const sample = (swarm: boolean) =>
  fc.sample(machineWalk(spec, { maxSteps: 30, invalidRate: 0.1, swarm }), {
    seed: 9,
    numRuns: 400,
  });

/** The longest run of steps of one event type in a trace. */
const longestRun = (types: readonly string[]): number => {
  let best = 0;
  let run = 0;
  types.forEach((t, i) => {
    run = i > 0 && types[i - 1] === t ? run + 1 : 1;
    best = Math.max(best, run);
  });
  return best;
};

describe('swarm testing', () => {
  test('a swarm tries its enabled actions only, from where pick lands on the wheel', () => {
    expect(swarmOrder([0, 1, 0, 4], 0)).toEqual([1, 3]);
    expect(swarmOrder([0, 1, 0, 4], 1)).toEqual([3, 1]);
    expect(swarmOrder([0, 1, 0, 4], 5)).toEqual([1, 3]);
    expect(swarmOrder([2, 0, 0], 7)).toEqual([0]);
  });

  // Why this test: the broken variants' budgets were measured on the old walk; an unswarmed
  // run must be that walk exactly, or their catches would move.
  test('an unswarmed run is the walk without swarm testing, step for step', () => {
    const swarmed = sample(true);
    const plain = sample(false);
    const unswarmed = swarmed.flatMap((t, i) => (t.swarm === null ? [i] : []));
    expect(unswarmed.length).toBeGreaterThan(120);
    expect(unswarmed.length).toBeLessThan(280);
    for (const i of unswarmed) expect(swarmed[i]!.steps).toEqual(plain[i]!.steps);
  });

  test('swarmed runs leave actions out and repeat one kind for longer', () => {
    const swarmed = sample(true);
    const plain = sample(false);
    const kinds = (t: { steps: readonly { type: string }[] }) => t.steps.map((s) => s.type);
    const longest = (ts: typeof plain) => Math.max(...ts.map((t) => longestRun(kinds(t))));
    const missing = (ts: typeof plain) =>
      ts.filter((t) => t.steps.length >= 20 && new Set(kinds(t)).size <= 3).length;
    // Measured at seed 9: longest run 20 against 6; 20 long traces of at most 3 kinds against 0.
    expect(longest(swarmed)).toBeGreaterThan(2 * longest(plain));
    expect(missing(swarmed)).toBeGreaterThan(missing(plain) + 10);
  });
});
