import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { replayShrinkLog } from '../harness/replayShrinkLog.js';
import { runProperty } from '../harness/runProperty.js';
import { httpProperty } from './httpProperty.js';

/** Which invariant each broken HTTP layer breaks, and the longest shrunk trace we accept. */
const EXPECTED: Record<string, { invariant: string; maxSteps: number }> = {
  'drops-idempotency-key': { invariant: 'differential', maxSteps: 1 },
  'loses-correlation-id': { invariant: 'differential', maxSteps: 1 },
  'retries-refusals': { invariant: 'differential', maxSteps: 1 },
};

const logs = mkdtempSync(join(tmpdir(), 'medassist-http-'));
afterAll(() => rmSync(logs, { recursive: true, force: true }));

// Why these tests: a differential property that cannot fail is a defect. Each variant breaks
// the HTTP layer in one way; the property must catch it and shrink it to a short trace.
describe('the http property catches every broken HTTP layer', () => {
  test('every variant is listed here', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...httpProperty.variants].sort());
  });

  for (const [variant, { invariant, maxSteps }] of Object.entries(EXPECTED)) {
    test(`${variant} breaks invariant ${invariant}, shrunk to <= ${maxSteps} steps, replayable`, async () => {
      const report = await runProperty(httpProperty, {
        seed: 42,
        runs: 100,
        variant,
        shrinkLogDir: logs,
      });
      expect(report.failure?.error).toContain(`invariant ${invariant} broken`);
      expect(report.failure!.steps.length).toBeLessThanOrEqual(maxSteps);
      const replayed = await replayShrinkLog(report.failure!.shrinkLog!, httpProperty);
      expect(replayed.failure?.error).toBe(report.failure!.error);
      const fixed = await replayShrinkLog(report.failure!.shrinkLog!, httpProperty, null);
      expect(fixed.failure).toBeNull();
    });
  }
});
