import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { replayShrinkLog } from '../harness/replayShrinkLog.js';
import { runProperty } from '../harness/runProperty.js';
import { conversationProperty } from './conversationProperty.js';

/** Which invariant each broken variant breaks, and the longest shrunk trace we accept. */
const EXPECTED: Record<string, { invariant: string; maxSteps: number }> = {
  'drops-close-audit': { invariant: '17', maxSteps: 2 },
  'misses-breathing-difficulty': { invariant: '1', maxSteps: 2 },
  'forges-read-hash': { invariant: '18', maxSteps: 2 },
  'backdates-close-audit': { invariant: '19', maxSteps: 2 },
  'forgets-rule-hits': { invariant: '3', maxSteps: 2 },
};

const logs = mkdtempSync(join(tmpdir(), 'medassist-shrink-'));
afterAll(() => rmSync(logs, { recursive: true, force: true }));

// Why these tests: a property that cannot fail is a defect. Each variant breaks one
// invariant through a wrapped port; the property must catch it and shrink it to a short trace.
describe('the conversation property catches every broken variant', () => {
  test('every variant is listed here', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...conversationProperty.variants].sort());
  });

  for (const [variant, { invariant, maxSteps }] of Object.entries(EXPECTED)) {
    test(`${variant} breaks invariant ${invariant}, shrunk to <= ${maxSteps} steps, replayable`, async () => {
      const report = await runProperty(conversationProperty, {
        seed: 42,
        runs: 500,
        variant,
        shrinkLogDir: logs,
      });
      expect(report.failure?.error).toContain(`invariant ${invariant} broken`);
      expect(report.failure!.steps.length).toBeLessThanOrEqual(maxSteps);

      const replayed = await replayShrinkLog(report.failure!.shrinkLog!, conversationProperty);
      expect(replayed.failure?.error).toBe(report.failure!.error);
      const fixed = await replayShrinkLog(report.failure!.shrinkLog!, conversationProperty, null);
      expect(fixed.failure).toBeNull();
    });
  }
});
