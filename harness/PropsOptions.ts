import { z } from 'zod';

/** The options `npm run props` hands to the properties (through the environment). */
export const PropsOptions = z.object({
  seed: z.number().int().optional(),
  path: z.string().optional(),
  runs: z.number().int().positive().optional(),
  /** A time budget in seconds: runs stop when it is spent. */
  time: z.number().positive().optional(),
  maxSteps: z.number().int().positive().optional(),
  /** Only properties whose name contains this run. */
  property: z.string().optional(),
  /** Run against a deliberately broken variant of the system (to watch a property fail). */
  variant: z.string().optional(),
  /** A shrink log to replay instead of generating. */
  replay: z.string().optional(),
  /** Coverage-guided mode: bias the walk toward uncovered edges; stop at this percent covered. */
  untilCoverage: z.number().positive().max(100).optional(),
  /** Bias every run's walk toward edges and refusals no earlier run exercised; no stop. */
  guided: z.boolean().optional(),
  /**
   * False: report the first failing trace as found, unshrunk, and write no shrink log
   * (mutation testing needs no more, and must not leave regression cases behind).
   */
  shrink: z.boolean().optional(),
  /**
   * Fail a property whose sometimes-goals were not all reached: set for the default budgets
   * of `npm run props` (default, `--ci`, `--deep`), where every goal must be within reach.
   */
  requireGoals: z.boolean().optional(),
  /** This machine's share of the properties, for a CI matrix. */
  shard: z
    .object({ index: z.number().int().positive(), count: z.number().int().positive() })
    .optional(),
  /** How to show progress on stderr: the CLI knows whether its terminal is a TTY, workers do not. */
  progress: z.enum(['tty', 'lines', 'off']).optional(),
  /** Where per-property reports and coverage maps are written (for the CLI to print). */
  reportDir: z.string().optional(),
});
export type PropsOptions = z.infer<typeof PropsOptions>;

/** The environment variable that carries the options. */
export const PROPS_ENV = 'MEDASSIST_PROPS';

/** Reads the options from the environment; none means the bounded defaults of `npm test`. */
export function readPropsOptions(env: NodeJS.ProcessEnv = process.env): PropsOptions {
  const raw = env[PROPS_ENV];
  return raw ? PropsOptions.parse(JSON.parse(raw)) : {};
}
