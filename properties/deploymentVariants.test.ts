import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { replayShrinkLog } from '../harness/replayShrinkLog.js';
import { runProperty } from '../harness/runProperty.js';
import { deploymentProperty } from './deploymentProperty.js';

/**
 * Which invariant each broken variant breaks, the longest shrunk trace we accept (the shortest
 * possible in the comment), and how long a walk to search with. Why short walks: a deployment
 * counterexample needs a rollout first, and every shrinking try replays the trace; walks of
 * two to three times the minimum find each bug in a few hundred runs and shrink it fast.
 */
const EXPECTED: Record<
  string,
  { invariant: string; maxSteps: number; walk: number; runs?: number }
> = {
  // [1] send(stroke)
  'rules-miss-stroke': { invariant: '1', maxSteps: 1, walk: 20 },
  // A rollout needs a version the gate passes first: the retrained one (train, register) or any
  // shipped one under the lax gate (setGate, register); "open" below is either pair.
  // [7] open, validate, stage, startCanary, modelFault(timeout), send(p0). Why more runs and
  // room: the timeout must meet the canary's first call, and a refused registration before the
  // rollout stays in the trace (versions are named by registration order).
  'no-deadline': { invariant: '4', maxSteps: 9, walk: 26, runs: 4000 },
  // [6] open, validate, stage, startCanary, promote
  'promotion-loses-production': { invariant: '10', maxSteps: 7, walk: 20 },
  // [6] open, validate, stage, startCanary, abort
  'abort-keeps-canary-weight': { invariant: '11', maxSteps: 7, walk: 20 },
  // [8] open, validate, stage, startCanary, modelFault, send(p0), advanceClock
  'analysis-blind': { invariant: '12', maxSteps: 9, walk: 28 },
  // [7] open, validate, stage, startCanary, promote, send
  'promotion-keeps-old-serving': { invariant: '13', maxSteps: 8, walk: 20 },
  // [2] flagFault, send
  'unsafe-flag-default': { invariant: '14', maxSteps: 2, walk: 20 },
  // [9] open, validate, stage, startCanary, modelFault(x2), send(p0) x 3
  'breaker-lets-calls-through': { invariant: '23', maxSteps: 11, walk: 28 },
  // [11] open, validate, stage, startCanary, modelFault(x2), send(p0) x 2, restart, send(p0)
  'breaker-forgets-on-restart': { invariant: '23', maxSteps: 12, walk: 34 },
};

const logs = mkdtempSync(join(tmpdir(), 'medassist-deployment-'));
afterAll(() => rmSync(logs, { recursive: true, force: true }));

// Why these tests: a property that cannot fail is a defect. Each variant breaks one invariant
// through a wrapped port or one setting; the property must catch it and shrink it short.
describe('the deployment property catches every broken variant', () => {
  test('every variant is listed here', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...deploymentProperty.variants].sort());
  });

  for (const [variant, { invariant, maxSteps, walk, runs = 2000 }] of Object.entries(EXPECTED)) {
    test(`${variant} breaks invariant ${invariant}, shrunk to <= ${maxSteps} steps, replayable`, async () => {
      const report = await runProperty(deploymentProperty, {
        seed: 42,
        runs,
        maxSteps: walk,
        variant,
        shrinkLogDir: logs,
      });
      expect(report.failure?.error).toContain(`invariant ${invariant} broken`);
      expect(report.failure!.steps.length).toBeLessThanOrEqual(maxSteps);

      const replayed = await replayShrinkLog(report.failure!.shrinkLog!, deploymentProperty);
      expect(replayed.failure?.error).toBe(report.failure!.error);
      const fixed = await replayShrinkLog(report.failure!.shrinkLog!, deploymentProperty, null);
      expect(fixed.failure).toBeNull();
    });
  }
});
