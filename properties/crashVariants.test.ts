import { expect, test } from 'vitest';
import { runProperty } from '../harness/runProperty.js';
import { crashProperty } from './crashProperty.js';

// Why this test: the crash property must catch a system that acknowledges commands before they
// are durable (group commit done wrong), and shrink it to a single crash.
test('the crash property catches write-behind acknowledgements in one step', async () => {
  const report = await runProperty(crashProperty, {
    seed: 42,
    runs: 20,
    variant: 'write-behind',
    shrinkLogDir: null,
  });
  expect(report.failure?.error).toContain('invariant 22 broken');
  expect(report.failure!.steps.length).toBe(1);
});
