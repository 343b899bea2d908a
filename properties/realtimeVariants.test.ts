import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { replayShrinkLog } from '../harness/replayShrinkLog.js';
import { runProperty } from '../harness/runProperty.js';
import { realtimeProperty } from './realtimeProperty.js';

/** Which invariant each broken outbox breaks, and the longest shrunk trace we accept. */
const EXPECTED: Record<string, { invariant: string; maxSteps: number }> = {
  'replay-from-acked': { invariant: '16', maxSteps: 1 },
  'outbox-outside-transaction': { invariant: '15', maxSteps: 1 },
};

const logs = mkdtempSync(join(tmpdir(), 'medassist-realtime-'));
afterAll(() => rmSync(logs, { recursive: true, force: true }));

// Why these tests: a property that cannot fail is a defect. Each variant breaks delivery in
// one way; the property must catch it over real sockets and shrink it to a short trace.
describe('the realtime property catches every broken outbox', () => {
  test('every variant is listed here', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...realtimeProperty.variants].sort());
  });

  for (const [variant, { invariant, maxSteps }] of Object.entries(EXPECTED)) {
    test(`${variant} breaks invariant ${invariant}, shrunk to <= ${maxSteps} steps, replayable`, async () => {
      const report = await runProperty(realtimeProperty, {
        seed: 42,
        runs: 200,
        variant,
        shrinkLogDir: logs,
      });
      expect(report.failure?.error).toContain(`invariant ${invariant} broken`);
      expect(report.failure!.steps.length).toBeLessThanOrEqual(maxSteps);
      const replayed = await replayShrinkLog(report.failure!.shrinkLog!, realtimeProperty);
      expect(replayed.failure?.error).toBe(report.failure!.error);
      const fixed = await replayShrinkLog(report.failure!.shrinkLog!, realtimeProperty, null);
      expect(fixed.failure).toBeNull();
    });
  }
});
