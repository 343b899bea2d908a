import fc from 'fast-check';
import { expect, test } from 'vitest';
import { openSqliteStore } from '../system/index.js';
import { RACE_VARIANTS } from './support/raceVariants.js';
import { RACES, runRace } from './support/runRace.js';

/** The race each stale-read bug shows up in. */
const EXPECTED: Record<string, string> = {
  'stale-case-reads': 'decide-decide',
  'stale-conversation-reads': 'send-close',
  'stale-escalation-reads': 'ack-ack',
};

// Why these tests: each variant caches a read forever, so two conflicting commands can both
// win; the concurrency property must catch it and shrink to the race that shows it.
for (const [variant, race] of Object.entries(EXPECTED)) {
  test(`the concurrency property catches ${variant} in the ${race} race`, async () => {
    const sqlite = openSqliteStore(':memory:');
    const details = await fc.check(
      fc.asyncProperty(fc.constantFrom(...RACES), fc.scheduler(), async (r, s) => {
        sqlite.truncateAll();
        await runRace(r, s, RACE_VARIANTS[variant]!(sqlite));
      }),
      { seed: 42, numRuns: 300 },
    );
    sqlite.close();
    expect(details.failed).toBe(true);
    expect(details.counterexample?.[0]).toBe(race);
  });
}

test('every race variant is tested', () => {
  expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(RACE_VARIANTS).sort());
});
