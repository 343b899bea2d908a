import fc from 'fast-check';
import { expect, test } from 'vitest';
import { DEFAULT_GATE_POLICY } from '../release/releaseGate.js';
import type { ModelDeployment } from './modelDeployment.js';
import { trafficBucket } from './trafficBucket.js';
import { servingVersion, trafficWeights } from './trafficWeights.js';

const PRODUCTION = 'lr-000000000001';
const CANARY = 'lr-000000000002';
const deployment = (canaryWeight: number): ModelDeployment => ({
  model: 'triage',
  production: PRODUCTION,
  previous: [],
  staging: null,
  canary: canaryWeight > 0 ? CANARY : null,
  canaryWeight,
  canaryStartedAt: 0,
  gatePolicy: DEFAULT_GATE_POLICY,
  updatedAt: 0,
});

// Why this test: invariant 11 and stickiness. Weights are integers summing to 100, a patient
// keeps their bucket, and raising the canary's weight only ever adds patients to it.
test('traffic splits are whole, sum to 100 and are sticky per patient', () => {
  fc.assert(
    fc.property(
      fc.string(),
      fc.integer({ min: 0, max: 99 }),
      fc.integer({ min: 0, max: 99 }),
      (id, a, b) => {
        const [low, high] = a < b ? [a, b] : [b, a];
        const bucket = trafficBucket(id);
        expect(bucket).toBe(trafficBucket(id));
        const weights = Object.values(trafficWeights(deployment(high)));
        expect(weights.reduce((x, y) => x + y, 0)).toBe(100);
        expect(weights.every(Number.isInteger)).toBe(true);
        if (servingVersion(deployment(low), bucket) === CANARY)
          expect(servingVersion(deployment(high), bucket)).toBe(CANARY);
      },
    ),
    { numRuns: 300, seed: 5 },
  );
});

// Why every bucket: a canary at w% must take exactly w of the 100 buckets, or its weight is a
// label and not the share of patients it really serves.
test('a canary at w% serves exactly w of the 100 buckets, production the rest', () => {
  for (let w = 0; w < 100; w++) {
    const served = Array.from({ length: 100 }, (_, b) => servingVersion(deployment(w), b));
    expect(served.filter((v) => v === CANARY)).toHaveLength(w);
    expect(served.filter((v) => v === PRODUCTION)).toHaveLength(100 - w);
    expect(trafficWeights(deployment(w))).toEqual(
      w === 0 ? { [PRODUCTION]: 100 } : { [PRODUCTION]: 100 - w, [CANARY]: w },
    );
  }
});

test('before any promotion the rules-only baseline takes what no canary does', () => {
  const none = { ...deployment(0), production: null };
  expect(servingVersion(none, 0)).toBeNull();
  expect(trafficWeights(undefined)).toEqual(trafficWeights(none));
  expect(Object.values(trafficWeights(undefined))).toEqual([100]);
});
