import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { traceOf } from '../generators/machineWalk.js';
import { ModelCoverage } from './ModelCoverage.js';
import type { PropertyDefinition } from './PropertyDefinition.js';
import type { PropertyReport } from './PropertyReport.js';
import { RunStatistics } from './RunStatistics.js';
import { ShrinkLog } from './ShrinkLog.js';
import { readStepFailure } from './StepFailure.js';

/** A shrink log that no longer reads under the current schemas: reported, never skipped. */
export class StaleShrinkLog extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(
      `stale shrink log ${file}: ${detail} (it no longer reads under the current schemas: ` +
        'record the failure again, or delete the log if its case is gone)',
    );
    this.name = 'StaleShrinkLog';
  }
}

/** Reads a shrink log, checking it and its steps against the current schemas. */
export function readShrinkLog<S>(
  file: string,
  def: PropertyDefinition<S>,
): { log: ShrinkLog; steps: S[] } {
  const parsed = ShrinkLog.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new StaleShrinkLog(file, oneLine(parsed.error));
  const steps = parsed.data.steps.map((raw, i) => {
    const step = def.stepSchema.safeParse(raw);
    if (!step.success) throw new StaleShrinkLog(file, `step ${i + 1}: ${oneLine(step.error)}`);
    return step.data;
  });
  return { log: parsed.data, steps };
}

/**
 * Replays the stored steps of a shrink log once, from the data (not the generator), so it
 * survives generator changes. `variant` defaults to the one the failure was found on;
 * pass null to replay against the real system (a regression case).
 */
export async function replayShrinkLog<S>(
  file: string,
  def: PropertyDefinition<S>,
  variant?: string | null,
): Promise<PropertyReport> {
  const { log, steps } = readShrinkLog(file, def);
  const chosen = variant === undefined ? log.variant : variant;
  const runner = def.runner(chosen ?? undefined);
  const coverage = new Map(def.machines.map((m) => [m.id, new ModelCoverage(m)]));
  const statistics = new RunStatistics();
  const digest = createHash('sha256');
  const started = performance.now();
  let error: unknown = null;
  statistics.beginRun();
  try {
    await runner.run(steps, {
      coverage,
      digest: (v) => digest.update(v),
      label: (name, value) => statistics.label(name, value),
      measure: (name, value) => statistics.measure(name, value),
    });
  } catch (e) {
    error = e;
  } finally {
    runner.close();
  }
  statistics.endRun(steps.length);
  const durationMs = performance.now() - started;
  return {
    property: def.name,
    variant: chosen,
    seed: log.seed,
    runs: 1,
    steps: steps.length,
    shrinkSteps: 0,
    durationMs,
    stepsPerSecond: steps.length / (durationMs / 1000),
    interrupted: false,
    stoppedBy: error === null ? 'runs' : 'failure',
    digest: digest.digest('hex').slice(0, 16),
    coverage: [...coverage.values()].map((c) => c.summary()),
    goals: [],
    statistics: statistics.summary(),
    guided: null,
    regressions: [],
    failure:
      error === null
        ? null
        : {
            error: error instanceof Error ? error.message : String(error),
            script: traceOf(steps, def.print).toString(),
            steps,
            path: log.path,
            shrinkLog: file,
            replay: `npm run props -- --replay ${file}`,
            detail: readStepFailure(error),
            regression: null,
          },
  };
}

/** A schema error as one readable line: `expected number → at seed; ...`. */
function oneLine(error: z.ZodError): string {
  return z
    .prettifyError(error)
    .split('\n')
    .map((l) => l.replace(/^✖\s*/, '').trim())
    .filter(Boolean)
    .join('; ');
}
