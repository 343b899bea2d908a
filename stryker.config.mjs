// Mutation testing of the system's core (issue 9): `npm run mutate`. Incremental, so a re-run
// after a small change only tests the mutants it touches. MUTATE=<globs> narrows the files.
const core = [
  'system/triage/*.ts',
  'system/audit/*.ts',
  'system/conversation/*.ts',
  'system/escalation/*.ts',
  'system/review/*.ts',
  'system/access/*.ts',
  'system/kernel/executeCommand.ts',
  'system/deployment/*.ts',
  'system/serving/*.ts',
  'server/realtime/*.ts',
];

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: [...(process.env.MUTATE ? process.env.MUTATE.split(',') : core), '!**/*.test.ts'],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  incremental: true,
  incrementalFile: 'reports/mutation/incremental.json',
  reporters: ['clear-text', 'html', 'progress'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  timeoutMS: 10_000,
  // Why static mutants are opt-in (STATIC=1): each needs a fresh module per run, ~15 s here.
  ignoreStatic: process.env.STATIC !== '1',
  tempDirName: '.stryker-tmp',
  // Why a file that does not exist: TypeScript 7 has no compiler API for Stryker's tsconfig
  // rewriting, and vitest (esbuild) needs none.
  tsconfigFile: 'stryker-has-no-tsconfig.json',
};
