import { traceOf } from '../generators/machineWalk.js';
import type { PropertyDefinition } from './PropertyDefinition.js';
import type { PropertyFailure } from './PropertyReport.js';
import { readStepFailure } from './StepFailure.js';
import { writeShrinkLog } from './writeShrinkLog.js';

/** What a failure needs to know of the run that found it, to be replayed. */
export interface FailureContext {
  seed: number;
  variant?: string | undefined;
  maxSteps?: number | undefined;
  untilCoverage?: number | undefined;
  guided?: boolean | undefined;
  /** Where to write the shrink log; null writes none. */
  shrinkLogDir: string | null;
}

/** A shrunk failure: its script, its failing step, its shrink log, and the replay command. */
export function describeFailure<S>(
  def: PropertyDefinition<S>,
  context: FailureContext,
  steps: readonly S[],
  path: string,
  error: unknown,
): PropertyFailure {
  const script = traceOf(steps, def.print).toString();
  const message = error instanceof Error ? error.message : String(error);
  const detail = readStepFailure(error);
  const shrinkLog =
    context.shrinkLogDir === null
      ? null
      : writeShrinkLog(context.shrinkLogDir, {
          property: def.name,
          variant: context.variant ?? null,
          seed: context.seed,
          path,
          steps: [...steps],
          script,
          error: message,
          ...(detail ? { failure: detail } : {}),
        });
  const flags = [
    `--property ${def.name}`,
    `--seed ${context.seed}`,
    // Why no path in guided mode: a guided trace depends on the runs before it.
    context.untilCoverage !== undefined
      ? `--until-coverage ${context.untilCoverage}`
      : context.guided
        ? '--guided'
        : `--path ${path}`,
    context.maxSteps === undefined ? '' : `--max-steps ${context.maxSteps}`,
    context.variant ? `--variant ${context.variant}` : '',
  ];
  return {
    error: message,
    script,
    steps: [...steps],
    path,
    shrinkLog,
    replay: shrinkLog
      ? `npm run props -- --replay ${shrinkLog}`
      : `npm run props -- ${flags.filter(Boolean).join(' ')}`,
    detail,
    regression: null,
  };
}
