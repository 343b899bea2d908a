/**
 * The budgets of each mode of `npm run props`; an explicit flag always wins. Why these: 1000
 * runs take seconds a property on 2 cores; a nightly run has an hour or so for a few properties.
 */
export const profiles = {
  /** `npm run props`: a fresh seed, a fixed number of runs. */
  default: { runs: 1000 },
  /** `--ci`: the seed from the commit, so the same commit runs the same traces. */
  ci: { runs: 1000 },
  /** `--deep`: a fresh seed, a time budget per property, longer traces. */
  deep: { time: 300, maxSteps: 100 },
} as const;
