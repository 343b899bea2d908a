import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { machineWalk } from '../generators/machineWalk.js';
import { chainProperty, spec } from './fixtures/chainProperty.js';
import { runProperty } from './runProperty.js';
import { swarmOrder } from './swarm.js';

const sample = (swarm: boolean, maxSteps = 30) =>
  fc.sample(machineWalk(spec, { maxSteps, invalidRate: 0.1, swarm }), {
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

  // Why these tests: the broken variants' budgets were measured on the old walk; every run
  // must start with that walk exactly, and a failure found there must shrink as it did.
  test('every run starts with the walk without swarm testing, step for step', () => {
    const swarmed = sample(true);
    const plain = sample(false);
    const phased = swarmed.filter((t) => t.swarm !== null).length;
    expect(phased).toBeGreaterThan(120);
    expect(phased).toBeLessThan(280);
    swarmed.forEach((t, i) => {
      expect(t.steps.slice(0, plain[i]!.steps.length)).toEqual(plain[i]!.steps);
      if (t.swarm === null) expect(t.steps).toEqual(plain[i]!.steps);
    });
  });

  test('a failure the old walk finds is found at the same run and shrunk to the same steps', async () => {
    for (const variant of ['stuck-at-s1', 'stuck-at-s3']) {
      const config = { seed: 5, runs: 1000, variant, shrinkLogDir: null };
      const swarmed = await runProperty(chainProperty({ maxSteps: 30 }), config);
      const plain = await runProperty(chainProperty({ maxSteps: 30, swarm: false }), config);
      expect(plain.failure).not.toBeNull();
      expect(swarmed.runs).toBeLessThanOrEqual(plain.runs);
      if (swarmed.runs === plain.runs) expect(swarmed.failure!.steps).toEqual(plain.failure!.steps);
      expect(swarmed.failure!.steps.length).toBeLessThanOrEqual(plain.failure!.steps.length);
    }
  });

  test('a swarm phase leaves actions out and repeats one kind for longer', () => {
    const swarmed = sample(true, 60);
    const plain = sample(false, 60);
    const kinds = (steps: readonly { type: string }[]) => steps.map((s) => s.type);
    const longest = (ts: readonly (readonly { type: string }[])[]) =>
      Math.max(...ts.map((t) => longestRun(kinds(t))));
    // The phase is what follows the old walk's steps in a swarmed run.
    const phases = swarmed.flatMap((t, i) =>
      t.swarm === null ? [] : [t.steps.slice(plain[i]!.steps.length)],
    );
    const narrow = (ts: readonly (readonly { type: string }[])[]) =>
      ts.filter((t) => t.length >= 8 && new Set(kinds(t)).size <= 3).length;
    const tails = plain.map((t) => t.steps.slice(-15));
    // Measured at seed 9, walks of 60: the longest run of one kind 9 in a phase (of at most 15
    // steps) against 6 in a whole plain walk; 36 phases of 8+ steps of at most 3 kinds against
    // no last 15 steps of a plain walk.
    expect(longest(phases)).toBeGreaterThan(longest(plain.map((t) => t.steps)) + 2);
    expect(narrow(phases)).toBeGreaterThan(narrow(tails) + 10);
  });
});
