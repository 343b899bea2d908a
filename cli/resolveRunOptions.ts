import type { PropsOptions } from '../harness/PropsOptions.js';
import { seedFromCommit } from '../harness/seedFromCommit.js';
import { type PropsArgs, UsageError } from './parsePropsArgs.js';
import { profiles } from './profiles.js';

/** What the CLI knows of its surroundings, passed in so resolving stays a pure function. */
export interface RunContext {
  commit: string | null;
  freshSeed: () => number;
  /** Whether the CLI's own stderr is a terminal (workers' never is). */
  stderrIsTTY: boolean;
}

/**
 * Turns the command line into the options every property runs with: applies the mode's
 * budgets where no flag gave one and picks the seed (given, from the commit in CI mode, or
 * fresh); `seedNote` says which, for the first line printed.
 */
export function resolveRunOptions(
  args: PropsArgs,
  context: RunContext,
): { options: PropsOptions; seedNote: string } {
  const { ci, deep, show: _show, ...options } = args;
  let seedNote = 'given';
  if (options.seed === undefined && ci) {
    if (!context.commit)
      throw new UsageError(
        '--ci derives the seed from the commit, but found none (not a git checkout? set GITHUB_SHA, or pass --seed)',
      );
    options.seed = seedFromCommit(context.commit);
    seedNote = `from commit ${context.commit.slice(0, 12)}`;
  } else if (options.seed === undefined) {
    options.seed = context.freshSeed();
    seedNote = 'fresh';
  }
  const unbudgeted = options.runs === undefined && options.time === undefined;
  if (deep) {
    if (unbudgeted) options.time = profiles.deep.time;
    options.maxSteps ??= profiles.deep.maxSteps;
  } else if (unbudgeted) {
    options.runs = ci ? profiles.ci.runs : profiles.default.runs;
  }
  // Why only unbudgeted: the goals are stated for the default budgets; `--runs 5` may miss them.
  if (unbudgeted && options.replay === undefined && options.path === undefined)
    options.requireGoals = true;
  options.progress = context.stderrIsTTY ? 'tty' : 'lines';
  return { options, seedNote };
}
