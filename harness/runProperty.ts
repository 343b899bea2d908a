import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { traceOf } from '../generators/machineWalk.js';
import { type CoverageSummary, ModelCoverage } from './ModelCoverage.js';
import type { PropertyDefinition, RunProbe } from './PropertyDefinition.js';
import { writeShrinkLog } from './writeShrinkLog.js';

/** How to run a property once. */
export interface RunConfig {
  seed: number;
  path?: string;
  /** Run count; with `timeMs` it is a ceiling. */
  runs?: number;
  timeMs?: number;
  maxSteps?: number;
  variant?: string;
  /** Where to write a shrink log on failure; null writes none (honesty tests). */
  shrinkLogDir: string | null;
}

/** A failure, shrunk, and how to see it again. */
export interface PropertyFailure {
  error: string;
  script: string;
  steps: unknown[];
  path: string;
  shrinkLog: string | null;
  replay: string;
}

/** What a property run did: the figures `npm run props` prints. */
export interface PropertyReport {
  property: string;
  variant: string | null;
  seed: number;
  runs: number;
  steps: number;
  durationMs: number;
  stepsPerSecond: number;
  interrupted: boolean;
  digest: string;
  coverage: CoverageSummary[];
  failure: PropertyFailure | null;
}

/**
 * Runs a property with fast-check: generates traces, runs each against the system, shrinks
 * the first failure and records it. A time budget that ends before any run is a failure, not
 * a silent pass.
 */
export async function runProperty<S>(
  def: PropertyDefinition<S>,
  config: RunConfig,
): Promise<PropertyReport> {
  const runner = def.runner(config.variant);
  const coverage = new Map(def.machines.map((m) => [m.id, new ModelCoverage(m)]));
  const digest = createHash('sha256');
  const probe: RunProbe = { coverage, digest: (value) => digest.update(value) };
  let steps = 0;
  const started = performance.now();
  try {
    const property = fc.asyncProperty(
      def.trace(config.maxSteps ?? def.defaultMaxSteps),
      async (trace) => {
        steps += trace.steps.length;
        await runner.run(trace.steps, probe);
      },
    );
    const details = await fc.check(property, {
      seed: config.seed,
      ...(config.path !== undefined ? { path: config.path } : {}),
      numRuns: config.runs ?? (config.timeMs ? Number.MAX_SAFE_INTEGER : 100),
      ...(config.timeMs ? { interruptAfterTimeLimit: config.timeMs } : {}),
    });
    const durationMs = performance.now() - started;
    const report: PropertyReport = {
      property: def.name,
      variant: config.variant ?? null,
      seed: config.seed,
      runs: details.numRuns,
      steps,
      durationMs,
      stepsPerSecond: steps / (durationMs / 1000),
      interrupted: details.interrupted,
      digest: digest.digest('hex').slice(0, 16),
      coverage: [...coverage.values()].map((c) => c.summary()),
      failure: null,
    };
    if (details.failed && details.counterexample) {
      const shrunk = details.counterexample[0].steps;
      report.failure = describeFailure(
        def,
        config,
        shrunk,
        details.counterexamplePath ?? '',
        details.errorInstance,
      );
    } else if (details.numRuns === 0) {
      report.failure = {
        error: 'the budget ended before a single run',
        script: '',
        steps: [],
        path: '',
        shrinkLog: null,
        replay: '',
      };
    }
    return report;
  } finally {
    runner.close();
  }
}

function describeFailure<S>(
  def: PropertyDefinition<S>,
  config: RunConfig,
  steps: readonly S[],
  path: string,
  error: unknown,
): PropertyFailure {
  const script = traceOf(steps, def.print).toString();
  const message = error instanceof Error ? error.message : String(error);
  const shrinkLog =
    config.shrinkLogDir === null
      ? null
      : writeShrinkLog(config.shrinkLogDir, {
          property: def.name,
          variant: config.variant ?? null,
          seed: config.seed,
          path,
          steps: [...steps],
          script,
          error: message,
        });
  const variant = config.variant ? ` --variant ${config.variant}` : '';
  return {
    error: message,
    script,
    steps: [...steps],
    path,
    shrinkLog,
    replay: shrinkLog
      ? `npm run props -- --replay ${shrinkLog}`
      : `npm run props -- --property ${def.name} --seed ${config.seed} --path ${path}${variant}`,
  };
}
