import fc from 'fast-check';
import { expect, test } from 'vitest';
import { canaryVerdict } from './canaryVerdict.js';

const count = (calls: number) => fc.integer({ min: 0, max: calls });
const stats = fc.integer({ min: 0, max: 200 }).chain((calls) =>
  fc.record({
    calls: fc.constant(calls),
    errors: count(calls),
    slow: count(calls),
    disagreements: count(calls),
  }),
);
const policy = fc.record({
  minCalls: fc.integer({ min: 0, max: 50 }),
  slowCallMs: fc.integer({ min: 1, max: 2000 }),
  maxErrorPercent: fc.integer({ min: 0, max: 100 }),
  maxSlowPercent: fc.integer({ min: 0, max: 100 }),
  maxDisagreementPercent: fc.integer({ min: 0, max: 100 }),
});

// Why a reference by rates: the verdict is stated in percent, and a rate exactly at its
// threshold passes; the reasons are what the alert shows, one per threshold broken.
test('a canary fails on enough calls exactly when a rate exceeds its threshold, with one reason each', () => {
  fc.assert(
    fc.property(stats, policy, (s, p) => {
      const broken = [
        ['errors', s.errors, p.maxErrorPercent],
        ['slow', s.slow, p.maxSlowPercent],
        ['disagreements', s.disagreements, p.maxDisagreementPercent],
      ].filter(
        ([, n, max]) => s.calls >= p.minCalls && (n as number) / s.calls > (max as number) / 100,
      );
      const verdict = canaryVerdict(s, p);
      expect(verdict.fails).toBe(broken.length > 0);
      expect(verdict.reasons).toHaveLength(broken.length);
      broken.forEach(([, n], k) => {
        expect(verdict.reasons[k]).toMatch(new RegExp(`^${n} of ${s.calls} `));
      });
    }),
    { numRuns: 2000, seed: 11 },
  );
});

test('each threshold alone fails a canary, and at the threshold it passes', () => {
  const p = {
    minCalls: 20,
    slowCallMs: 500,
    maxErrorPercent: 5,
    maxSlowPercent: 10,
    maxDisagreementPercent: 2,
  };
  const none = { calls: 100, errors: 0, slow: 0, disagreements: 0 };
  expect(canaryVerdict({ ...none, errors: 5, slow: 10, disagreements: 2 }, p)).toEqual({
    fails: false,
    reasons: [],
  });
  expect(canaryVerdict({ ...none, errors: 6 }, p).reasons).toEqual([
    '6 of 100 calls failed (max 5%)',
  ]);
  expect(canaryVerdict({ ...none, slow: 11 }, p).reasons).toEqual([
    '11 of 100 calls took over 500 ms (max 10%)',
  ]);
  expect(canaryVerdict({ ...none, disagreements: 3 }, p).reasons).toEqual([
    '3 of 100 answers missed an emergency the rules saw (max 2%)',
  ]);
  expect(canaryVerdict({ calls: 19, errors: 19, slow: 19, disagreements: 19 }, p)).toEqual({
    fails: false,
    reasons: [],
  });
});
