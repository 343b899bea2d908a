import fc from 'fast-check';
import { test } from 'vitest';
import { readPropsOptions } from '../harness/PropsOptions.js';
import { openSqliteStore } from '../system/index.js';
import { DEFAULT_SEED } from './support/propertyTest.js';
import { RACES, runRace } from './support/runRace.js';

const options = readPropsOptions();

// Why fc.assert here rather than the trace runner: the interleaving is fast-check's scheduler,
// not a list of steps, so the seed and path (printed on failure) are what replay it.
test.runIf(options.property === undefined || 'concurrency'.includes(options.property))(
  'concurrency',
  async () => {
    const store = openSqliteStore(':memory:');
    try {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...RACES), fc.scheduler(), async (race, s) => {
          store.truncateAll();
          await runRace(race, s, store);
        }),
        {
          seed: options.seed ?? DEFAULT_SEED,
          numRuns: options.runs ?? 200,
          ...(options.path !== undefined ? { path: options.path } : {}),
        },
      );
    } finally {
      store.close();
    }
  },
);
