import fc from 'fast-check';
import { expect, test } from 'vitest';
import { canaryVerdict } from './canaryVerdict.js';
import { DEFAULT_DEPLOYMENT_CONFIG } from './DeploymentConfig.js';
import { trafficBucket } from './trafficBucket.js';
import { servingVersion, trafficWeights } from './trafficWeights.js';

const policy = { ...DEFAULT_DEPLOYMENT_CONFIG.analysis, minCalls: 4, maxErrorPercent: 25 };

test('a canary is judged only on enough calls, and fails above a threshold, not at it', () => {
  const stats = (calls: number, errors: number) => ({ calls, errors, slow: 0, disagreements: 0 });
  expect(canaryVerdict(stats(3, 3), policy).fails).toBe(false);
  expect(canaryVerdict(stats(4, 1), policy).fails).toBe(false);
  expect(canaryVerdict(stats(4, 2), policy)).toMatchObject({ fails: true });
});

// Why this test: invariant 11 and stickiness. Weights are integers summing to 100, a patient
// keeps their bucket, and raising the canary's weight only ever adds patients to it.
test('traffic splits are whole, sum to 100 and are sticky per patient', () => {
  const deployment = (canaryWeight: number) => ({
    model: 'triage',
    production: 'lr-000000000001',
    previous: [],
    staging: null,
    canary: canaryWeight > 0 ? 'lr-000000000002' : null,
    canaryWeight,
    canaryStartedAt: 0,
    gatePolicy: { maxEmergencyUnderTriage: 0.05, minEmergencyExamples: 30 },
    updatedAt: 0,
  });
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
        if (servingVersion(deployment(low), bucket) === 'lr-000000000002')
          expect(servingVersion(deployment(high), bucket)).toBe('lr-000000000002');
      },
    ),
    { numRuns: 300, seed: 5 },
  );
});
