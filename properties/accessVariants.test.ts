import { expect, test } from 'vitest';
import { runProperty } from '../harness/runProperty.js';
import { COMMAND_ACTIONS } from '../system/index.js';
import { ACCESS_VARIANTS, accessProperty } from './accessProperty.js';
import { GOVERNED_COMMANDS, ROLES } from './support/accessSteps.js';

// Why: the issue asks that every (role, action) pair of the policy table be tried in the runs;
// a label per attempt makes that checkable rather than hoped for.
test('the bounded access run tries every (role, action) pair of the policy table', async () => {
  const report = await runProperty(accessProperty, {
    seed: 20261125,
    runs: 100,
    shrinkLogDir: null,
  });
  expect(report.failure).toBeNull();
  const tried = new Set(
    report.statistics.labels.find((l) => l.name === 'role x action')?.values.map((v) => v.value),
  );
  const missing = ROLES.flatMap((role) =>
    GOVERNED_COMMANDS.map((c) => `${role} x ${COMMAND_ACTIONS[c]}`).filter(
      (pair) => !tried.has(pair),
    ),
  );
  expect(missing).toEqual([]);
});

for (const variant of Object.keys(ACCESS_VARIANTS)) {
  test(`the access property catches ${variant} and shrinks it to one attempt`, async () => {
    const report = await runProperty(accessProperty, {
      seed: 42,
      runs: 300,
      variant,
      shrinkLogDir: null,
    });
    expect(report.failure?.error).toMatch(/invariant (model|access|8) broken/);
    expect(report.failure!.steps.length).toBe(1);
  });
}
