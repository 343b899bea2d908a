import { expect, test } from 'vitest';
import { seedFromCommit } from '../harness/seedFromCommit.js';
import { UsageError } from './parsePropsArgs.js';
import { profiles } from './profiles.js';
import { resolveRunOptions } from './resolveRunOptions.js';

const COMMIT = '0123456789abcdef0123456789abcdef01234567';
const context = { commit: COMMIT, freshSeed: () => 42, stderrIsTTY: false };

test('by default: a fresh seed and the default run count', () => {
  expect(resolveRunOptions({}, context)).toEqual({
    options: { seed: 42, runs: profiles.default.runs, requireGoals: true, progress: 'lines' },
    seedNote: 'fresh',
  });
  expect(resolveRunOptions({ seed: 7, time: 5 }, { ...context, stderrIsTTY: true })).toEqual({
    options: { seed: 7, time: 5, progress: 'tty' },
    seedNote: 'given',
  });
  // Why: a budget the user chose (or one replayed run) is not the one the goals are stated for.
  expect(resolveRunOptions({ runs: 5 }, context).options.requireGoals).toBeUndefined();
  expect(resolveRunOptions({ replay: 'x.json' }, context).options.requireGoals).toBeUndefined();
});

test('CI mode: bounded runs, the seed from the commit, said so', () => {
  const { options, seedNote } = resolveRunOptions(
    { ci: true, shard: { index: 1, count: 2 } },
    context,
  );
  expect(options).toEqual({
    seed: seedFromCommit(COMMIT),
    runs: profiles.ci.runs,
    shard: { index: 1, count: 2 },
    requireGoals: true,
    progress: 'lines',
  });
  expect(seedNote).toBe('from commit 0123456789ab');
  expect(resolveRunOptions({ ci: true, seed: 5 }, context).options.seed).toBe(5);
  expect(() => resolveRunOptions({ ci: true }, { ...context, commit: null })).toThrow(UsageError);
  expect(() => resolveRunOptions({ ci: true }, { ...context, commit: null })).toThrow(/found none/);
});

test('deep mode: a time budget and longer traces, unless flags say otherwise', () => {
  expect(resolveRunOptions({ deep: true }, context).options).toEqual({
    seed: 42,
    time: profiles.deep.time,
    maxSteps: profiles.deep.maxSteps,
    requireGoals: true,
    progress: 'lines',
  });
  expect(resolveRunOptions({ deep: true, runs: 10, maxSteps: 5 }, context).options).toEqual({
    seed: 42,
    runs: 10,
    maxSteps: 5,
    progress: 'lines',
  });
});
