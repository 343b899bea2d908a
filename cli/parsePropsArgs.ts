import { parseArgs } from 'node:util';
import type { PropsOptions } from '../harness/PropsOptions.js';

/** A command-line mistake: printed with the usage, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The usage text of `npm run props`. */
export const USAGE = `usage: npm run props -- [options]
  --seed N          run with this seed (default: a fresh one, printed)
  --path P          with --seed, replay from this fast-check path
  --runs N          runs per property (default 1000, or unbounded with --time)
  --time S          time budget per property, in seconds
  --max-steps N     longest trace generated
  --property NAME   only properties whose name contains NAME
  --variant NAME    run against a deliberately broken variant of the system
  --replay FILE     replay one shrink log and nothing else
  --help            this text`;

/** Parses and checks the arguments of `npm run props`. */
export function parsePropsArgs(argv: readonly string[]): PropsOptions | 'help' {
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
        property: { type: 'string' },
        variant: { type: 'string' },
        replay: { type: 'string' },
        help: { type: 'boolean' },
      },
    }));
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  if (values.help) return 'help';
  const options: PropsOptions = {};
  if (values.seed !== undefined)
    options.seed = integer('--seed', values.seed as string, -0x80000000, 0x7fffffff);
  if (values.path !== undefined) {
    if (!/^\d+(:\d+)*$/.test(values.path as string))
      throw new UsageError(`--path must look like 12:0:3, got "${values.path}"`);
    if (options.seed === undefined)
      throw new UsageError('--path needs the --seed it was found with');
    options.path = values.path as string;
  }
  if (values.runs !== undefined) options.runs = integer('--runs', values.runs as string, 1, 1e9);
  if (values.time !== undefined) {
    const time = Number(values.time);
    if (!Number.isFinite(time) || time <= 0)
      throw new UsageError(`--time must be a positive number of seconds, got "${values.time}"`);
    options.time = time;
  }
  if (values['max-steps'] !== undefined)
    options.maxSteps = integer('--max-steps', values['max-steps'] as string, 1, 10_000);
  if (values.property !== undefined) options.property = values.property as string;
  if (values.variant !== undefined) options.variant = values.variant as string;
  if (values.replay !== undefined) options.replay = values.replay as string;
  return options;
}

function integer(flag: string, text: string, min: number, max: number): number {
  const n = Number(text);
  if (!/^-?\d+$/.test(text) || n < min || n > max) {
    throw new UsageError(`${flag} must be a whole number from ${min} to ${max}, got "${text}"`);
  }
  return n;
}
