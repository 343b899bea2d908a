import { expect, test } from 'vitest';
import { runProperty } from '../harness/runProperty.js';
import { faultProperty } from './faultProperty.js';

/** Which invariant each broken variant breaks, and the longest shrunk trace we accept. */
const EXPECTED: Record<string, { invariant: string; maxSteps: number }> = {
  'audit-in-second-transaction': { invariant: '20', maxSteps: 2 },
  'idempotency-record-lost': { invariant: '21', maxSteps: 2 },
};

test('every fault variant is listed here', () => {
  expect(Object.keys(EXPECTED).sort()).toEqual([...faultProperty.variants].sort());
});

// Why these tests: a property that cannot fail is a defect; each variant breaks one fault
// invariant in the store under the injector, and must be caught and shrunk.
for (const [variant, { invariant, maxSteps }] of Object.entries(EXPECTED)) {
  test(`the fault property catches ${variant} (invariant ${invariant}) in <= ${maxSteps} steps`, async () => {
    const report = await runProperty(faultProperty, {
      seed: 42,
      runs: 500,
      variant,
      shrinkLogDir: null,
    });
    expect(report.failure?.error).toContain(`invariant ${invariant} broken`);
    expect(report.failure!.steps.length).toBeLessThanOrEqual(maxSteps);
  });
}
