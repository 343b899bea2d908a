import { parseArgs } from 'node:util';
import type { PropsOptions } from '../harness/PropsOptions.js';
import { profiles } from './profiles.js';

/** A command-line mistake: printed with the usage, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** What the command line says: the run's options, plus the CLI's own modes. */
export interface PropsArgs extends PropsOptions {
  /** CI mode: bounded runs, the seed derived from the commit. */
  ci?: boolean;
  /** Deep mode, for nightly runs: a time budget per property and longer traces. */
  deep?: boolean;
  /** Print a shrink log as a script and run nothing. */
  show?: string;
}

/** The usage text of `npm run props`. */
export const USAGE = `usage: npm run props -- [options]
  --seed N              run with this seed (default: a fresh one, printed)
  --path P              with --seed, replay from this fast-check path
  --runs N              runs per property (default ${profiles.default.runs}, or unbounded with --time)
  --time S              time budget per property, in seconds
  --max-steps N         longest trace generated
  --until-coverage P    bias the walk toward edges not yet covered; stop at P% of edges
                        covered (or when the budget ends)
  --guided              bias the walk the same way for the whole budget (mutation testing)
  --property NAME       only properties whose name contains NAME
  --variant NAME        run against a deliberately broken variant of the system
  --shard I/N           run shard I of N of the properties (a CI matrix)
  --ci                  CI mode: ${profiles.ci.runs} runs, seed derived from the commit (printed)
  --deep                nightly mode: ${profiles.deep.time} s per property, traces up to ${profiles.deep.maxSteps} steps
  --replay FILE         replay one shrink log and nothing else
  --show FILE           print a shrink log as a script, run nothing
  --help                this text`;

/** Options that choose what runs or how long; `--replay` and `--show` take none of them. */
const RUN_OPTIONS = [
  'seed',
  'path',
  'runs',
  'time',
  'max-steps',
  'until-coverage',
  'guided',
  'property',
  'variant',
  'shard',
  'ci',
  'deep',
] as const;

/** Parses and checks the arguments of `npm run props`. */
export function parsePropsArgs(argv: readonly string[]): PropsArgs | 'help' {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        seed: { type: 'string' },
        path: { type: 'string' },
        runs: { type: 'string' },
        time: { type: 'string' },
        'max-steps': { type: 'string' },
        'until-coverage': { type: 'string' },
        guided: { type: 'boolean' },
        property: { type: 'string' },
        variant: { type: 'string' },
        shard: { type: 'string' },
        ci: { type: 'boolean' },
        deep: { type: 'boolean' },
        replay: { type: 'string' },
        show: { type: 'string' },
        help: { type: 'boolean' },
      },
    }));
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  if (values.help) return 'help';
  for (const only of ['replay', 'show'] as const) {
    if (values[only] === undefined) continue;
    const other = [...RUN_OPTIONS, only === 'replay' ? 'show' : 'replay'].find(
      (k) => values[k] !== undefined,
    );
    if (other) throw new UsageError(`--${only} takes no other option, got --${other}`);
  }
  const args: PropsArgs = {};
  if (values.seed !== undefined)
    args.seed = integer('--seed', values.seed as string, -0x80000000, 0x7fffffff);
  if (values.path !== undefined) {
    if (!/^\d+(:\d+)*$/.test(values.path as string))
      throw new UsageError(`--path must look like 12:0:3, got "${values.path}"`);
    if (args.seed === undefined) throw new UsageError('--path needs the --seed it was found with');
    args.path = values.path as string;
  }
  if (values.runs !== undefined) args.runs = integer('--runs', values.runs as string, 1, 1e9);
  if (values.time !== undefined) {
    const time = Number(values.time);
    if (!Number.isFinite(time) || time <= 0)
      throw new UsageError(`--time must be a positive number of seconds, got "${values.time}"`);
    args.time = time;
  }
  if (values['max-steps'] !== undefined)
    args.maxSteps = integer('--max-steps', values['max-steps'] as string, 1, 10_000);
  if (values['until-coverage'] !== undefined) {
    const text = values['until-coverage'] as string;
    const percent = Number(text.replace(/%$/, ''));
    if (text.trim() === '' || !Number.isFinite(percent) || percent <= 0 || percent > 100)
      throw new UsageError(
        `--until-coverage must be a percentage above 0, at most 100, got "${text}"`,
      );
    if (args.path !== undefined)
      throw new UsageError(
        '--path cannot be combined with --until-coverage: a guided trace depends on the runs before it; replay its shrink log instead',
      );
    args.untilCoverage = percent;
  }
  if (values.guided) {
    if (args.path !== undefined)
      throw new UsageError(
        '--path cannot be combined with --guided: a guided trace depends on the runs before it; replay its shrink log instead',
      );
    args.guided = true;
  }
  if (values.property !== undefined) args.property = values.property as string;
  if (values.variant !== undefined) args.variant = values.variant as string;
  if (values.shard !== undefined) args.shard = shard(values.shard as string);
  if (values.ci && values.deep) throw new UsageError('--ci and --deep are two modes: pick one');
  if (values.ci) args.ci = true;
  if (values.deep) args.deep = true;
  if (values.replay !== undefined) args.replay = values.replay as string;
  if (values.show !== undefined) args.show = values.show as string;
  return args;
}

function shard(text: string): { index: number; count: number } {
  const match = /^(\d+)\/(\d+)$/.exec(text);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || count > 1000 || index < 1 || index > count)
    throw new UsageError(`--shard must look like 2/4 (shard 1 to N of N), got "${text}"`);
  return { index, count };
}

function integer(flag: string, text: string, min: number, max: number): number {
  const n = Number(text);
  if (!/^-?\d+$/.test(text) || n < min || n > max) {
    throw new UsageError(`${flag} must be a whole number from ${min} to ${max}, got "${text}"`);
  }
  return n;
}
