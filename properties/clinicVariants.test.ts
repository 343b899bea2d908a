import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { replayShrinkLog } from '../harness/replayShrinkLog.js';
import { runProperty } from '../harness/runProperty.js';
import { clinicProperty } from './clinicProperty.js';

/** Which invariant each broken variant breaks, and the longest shrunk trace we accept. */
const EXPECTED: Record<string, { invariant: string; maxSteps: number }> = {
  'sla-never-expires': { invariant: '5', maxSteps: 2 },
  'reassign-keeps-old-nurse': { invariant: '7', maxSteps: 3 },
  'decision-not-terminal': { invariant: '7', maxSteps: 3 },
  'triage-lowers-urgency': { invariant: '6', maxSteps: 2 },
  'leaks-pending-advice': { invariant: '9', maxSteps: 2 },
};

const logs = mkdtempSync(join(tmpdir(), 'medassist-clinic-'));
afterAll(() => rmSync(logs, { recursive: true, force: true }));

// Why these tests: a property that cannot fail is a defect. Each variant breaks one
// invariant through a wrapped store; the property must catch it and shrink it to a short trace.
describe('the clinic property catches every broken variant', () => {
  test('every variant is listed here', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...clinicProperty.variants].sort());
  });

  for (const [variant, { invariant, maxSteps }] of Object.entries(EXPECTED)) {
    test(`${variant} breaks invariant ${invariant}, shrunk to <= ${maxSteps} steps, replayable`, async () => {
      const report = await runProperty(clinicProperty, {
        seed: 42,
        runs: 500,
        variant,
        shrinkLogDir: logs,
      });
      expect(report.failure?.error).toContain(`invariant ${invariant} broken`);
      expect(report.failure!.steps.length).toBeLessThanOrEqual(maxSteps);

      const replayed = await replayShrinkLog(report.failure!.shrinkLog!, clinicProperty);
      expect(replayed.failure?.error).toBe(report.failure!.error);
      const fixed = await replayShrinkLog(report.failure!.shrinkLog!, clinicProperty, null);
      expect(fixed.failure).toBeNull();
    });
  }
});
