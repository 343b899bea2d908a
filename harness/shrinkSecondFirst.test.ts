import fc from 'fast-check';
import { expect, test } from 'vitest';
import { shrinkSecondFirst } from './shrinkSecondFirst.js';

const halves = [fc.array(fc.nat(9)), fc.array(fc.nat(9))] as const;

test('a pair is drawn exactly as fc.tuple draws it', () => {
  const tuple = fc.sample(fc.tuple(...halves), { seed: 3, numRuns: 200 });
  expect(fc.sample(shrinkSecondFirst(...halves), { seed: 3, numRuns: 200 })).toEqual(tuple);
});

// Why this test: a swarm phase (the second half) must shrink away before the walk (the first)
// shrinks, or a failure the walk alone has would keep the phase's steps.
test('the second half shrinks first: a failure either half has keeps the first', () => {
  const counterexample = (arb: fc.Arbitrary<[number[], number[]]>) => {
    const details = fc.check(
      fc.property(arb, ([a, b]) => a.length < 2 && b.length < 2),
      { seed: 1, numRuns: 1000 },
    );
    return details.counterexample?.[0];
  };
  // Seed 1 first fails with both halves long; fc.tuple would keep the second instead.
  expect(counterexample(shrinkSecondFirst(...halves))).toEqual([[0, 0], []]);
  expect(counterexample(fc.tuple(...halves))).toEqual([[], [0, 0]]);
});
