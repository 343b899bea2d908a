import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { PropertyDefinition } from '../../harness/PropertyDefinition.js';
import { replayShrinkLog } from '../../harness/replayShrinkLog.js';
import { runProperty } from '../../harness/runProperty.js';

/** What a broken variant must do to the property: break this invariant, shrunk this short. */
export interface ExpectedCatch {
  invariant: string;
  maxSteps: number;
  /**
   * Runs of its own, for a variant whose trace needs several rare steps in a row (the
   * property's default budget is sized for the common ones).
   */
  runs?: number;
}

/**
 * Registers the honesty tests of a property: every variant it declares is listed, and each
 * one fails the property on the named invariant, shrinks to at most `maxSteps` steps, replays
 * from its shrink log, and passes when that log is replayed against the real system.
 * Why: a property that cannot fail is a defect.
 */
export function expectVariantsCaught<S>(
  def: PropertyDefinition<S>,
  expected: Record<string, ExpectedCatch>,
  { seed = 42, runs = 500 }: { seed?: number; runs?: number } = {},
): void {
  const logs = mkdtempSync(join(tmpdir(), `medassist-${def.name}-`));
  afterAll(() => rmSync(logs, { recursive: true, force: true }));

  describe(`the ${def.name} property catches every broken variant`, () => {
    test('every variant is listed', () => {
      expect(Object.keys(expected).sort()).toEqual([...def.variants].sort());
    });

    for (const [variant, { invariant, maxSteps, ...own }] of Object.entries(expected)) {
      test(`${variant} breaks invariant ${invariant}, shrunk to <= ${maxSteps} steps, replayable`, async () => {
        const report = await runProperty(def, {
          seed,
          runs: own.runs ?? runs,
          variant,
          shrinkLogDir: logs,
        });
        expect(report.failure?.error).toContain(`invariant ${invariant} broken`);
        expect(report.failure!.steps.length).toBeLessThanOrEqual(maxSteps);

        const replayed = await replayShrinkLog(report.failure!.shrinkLog!, def);
        expect(replayed.failure?.error).toBe(report.failure!.error);
        const fixed = await replayShrinkLog(report.failure!.shrinkLog!, def, null);
        expect(fixed.failure).toBeNull();
      });
    }
  });
}
