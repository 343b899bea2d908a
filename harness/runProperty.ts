import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { type Trace, traceOf } from '../generators/machineWalk.js';
import { CoverageGuide } from './CoverageGuide.js';
import { describeFailure } from './describeFailure.js';
import { GoalTally } from './GoalTally.js';
import { ModelCoverage } from './ModelCoverage.js';
import type { PropertyDefinition, RunProbe } from './PropertyDefinition.js';
import type { PropertyFailure, PropertyReport, StopReason } from './PropertyReport.js';
import { RunStatistics } from './RunStatistics.js';
import type { RegressionCase } from './readRegressionCases.js';
import { readStepFailure } from './StepFailure.js';

/** How a property run is going, for a progress line. */
export interface RunProgress {
  runs: number;
  steps: number;
  elapsedMs: number;
  edgesCovered: number;
  edgesTotal: number;
  /** Shrink attempts so far: non-zero once a run has failed. */
  shrinks: number;
}

/** How to run a property once. */
export interface RunConfig<S = unknown> {
  seed: number;
  path?: string;
  /** Run count; with `timeMs` it is a ceiling. Regression cases come on top. */
  runs?: number;
  timeMs?: number;
  maxSteps?: number;
  variant?: string;
  /** Coverage-guided mode: bias the walk toward uncovered edges, stop at this percent covered. */
  untilCoverage?: number;
  /** Bias the walk as coverage-guided mode does, for the whole budget. */
  guided?: boolean;
  /** False: stop at the first failing trace without shrinking it. */
  shrink?: boolean;
  /** Stored traces run first, unshrunk (not with `path`, which names one generated run). */
  regressions?: readonly RegressionCase<S>[];
  /** Called after every run and every shrink attempt. */
  onProgress?: (progress: RunProgress) => void;
  /**
   * Fail a run that passed when a sometimes-goal of the property was never reached. Why only
   * for a default budget: a short run (`--runs 5`, a replay) cannot be expected to reach them.
   */
  requireGoals?: boolean;
  /** Where to write a shrink log on failure; null writes none (honesty tests). */
  shrinkLogDir: string | null;
}

/**
 * Runs a property with fast-check: replays the regression cases, generates traces, runs each
 * against the system, shrinks the first failure and records it. A time budget that ends
 * before any run is a failure, not a silent pass.
 */
export async function runProperty<S>(
  def: PropertyDefinition<S>,
  config: RunConfig<S>,
): Promise<PropertyReport> {
  const runner = def.runner(config.variant);
  const fresh = () => new Map(def.machines.map((m) => [m.id, new ModelCoverage(m)]));
  const coverage = fresh();
  const statistics = new RunStatistics();
  const goals = new GoalTally(def.goals?.goals ?? []);
  const digest = createHash('sha256');
  const probe: RunProbe = {
    coverage,
    digest: (value) => digest.update(value),
    label: (name, value) => statistics.label(name, value),
    measure: (name, value) => statistics.measure(name, value),
  };
  // Why a second probe: shrink attempts are not runs, and must not count in the report.
  const shrinkProbe: RunProbe = {
    coverage: fresh(),
    digest: () => {},
    label: () => {},
    measure: () => {},
  };
  const guided = config.guided === true || config.untilCoverage !== undefined;
  const guide = guided ? new CoverageGuide(def.machines) : undefined;
  const regressions = config.path === undefined ? (config.regressions ?? []) : [];
  const edgesTotal = [...coverage.values()].reduce((n, c) => n + c.edgesTotal, 0);
  const edgesCovered = () => [...coverage.values()].reduce((n, c) => n + c.edgesCovered, 0);
  const state = { runs: 0, steps: 0, shrinkSteps: 0, shrinks: 0, failed: false };
  let reachedAtRun: number | null = null;
  const started = performance.now();
  const progress = () =>
    config.onProgress?.({
      runs: state.runs,
      steps: state.steps,
      elapsedMs: performance.now() - started,
      edgesCovered: edgesCovered(),
      edgesTotal,
      shrinks: state.shrinks,
    });

  async function runOnce(trace: Trace<S>): Promise<void> {
    if (state.failed) {
      state.shrinks++;
      state.shrinkSteps += trace.steps.length;
      try {
        await runner.run(trace.steps, shrinkProbe);
      } finally {
        progress();
      }
      return;
    }
    // Why an interrupting precondition: fast-check has no other way to end a run early.
    if (reachedAtRun !== null) throw new fc.PreconditionFailure(true);
    for (const c of coverage.values()) c.beginRun();
    statistics.beginRun();
    goals.beginRun();
    def.goals?.observe(trace.steps, goals.reach);
    if (trace.swarm !== undefined) statistics.label('swarm', trace.swarm ? 'swarmed' : 'unswarmed');
    state.steps += trace.steps.length;
    try {
      await runner.run(trace.steps, probe);
    } catch (e) {
      state.failed = true;
      guide?.freeze();
      throw e;
    } finally {
      state.runs++;
      statistics.endRun(trace.steps.length);
    }
    guide?.learn(coverage.values());
    if (
      config.untilCoverage !== undefined &&
      edgesCovered() * 100 >= config.untilCoverage * edgesTotal
    )
      reachedAtRun = state.runs;
    progress();
  }

  try {
    const property = fc.asyncProperty(
      def.trace(config.maxSteps ?? def.defaultMaxSteps, guide),
      runOnce,
    );
    const runs = config.runs ?? (config.timeMs ? Number.MAX_SAFE_INTEGER : 100);
    const details = await fc.check(property, {
      seed: config.seed,
      ...(config.path !== undefined ? { path: config.path } : {}),
      numRuns: Math.min(runs + regressions.length, Number.MAX_SAFE_INTEGER),
      examples: regressions.map((r) => [traceOf(r.steps, def.print)] as [Trace<S>]),
      ...(config.timeMs ? { interruptAfterTimeLimit: config.timeMs } : {}),
      endOnFailure: config.shrink === false,
    });
    const durationMs = performance.now() - started;
    let failure: PropertyFailure | null = null;
    if (details.failed && details.counterexample) {
      const shrunk = details.counterexample[0].steps;
      const [first = 0, ...rest] = (details.counterexamplePath ?? '0').split(':').map(Number);
      const regression = first < regressions.length ? regressions[first] : undefined;
      if (regression) {
        failure = regressionFailure(def, regression, details.errorInstance);
      } else {
        // Why shift the path: it counted the regression cases, which a path replay skips.
        const path = [first - regressions.length, ...rest].join(':');
        failure = describeFailure(def, config, shrunk, path, details.errorInstance);
      }
    } else if (details.numRuns === 0) {
      failure = budgetFailure('the budget ended before a single run');
    } else if (config.requireGoals === true && missedGoals(goals).length > 0) {
      failure = budgetFailure(
        `sometimes-goals never reached in ${state.runs} runs: ${missedGoals(goals).join('; ')}`,
      );
    }
    const stoppedBy: StopReason = details.failed
      ? 'failure'
      : reachedAtRun !== null
        ? 'coverage'
        : details.interrupted
          ? 'time'
          : 'runs';
    return {
      property: def.name,
      variant: config.variant ?? null,
      seed: config.seed,
      runs: state.runs,
      steps: state.steps,
      shrinkSteps: state.shrinkSteps,
      durationMs,
      // Why shrink steps count here: this is the engine's speed, and shrinking is work it did.
      stepsPerSecond: (state.steps + state.shrinkSteps) / (durationMs / 1000),
      interrupted: details.interrupted,
      stoppedBy,
      digest: digest.digest('hex').slice(0, 16),
      coverage: [...coverage.values()].map((c) => c.summary()),
      goals: goals.summary(),
      statistics: statistics.summary(),
      guided:
        config.untilCoverage === undefined
          ? null
          : {
              target: config.untilCoverage,
              reachedAtRun,
              walkUsesGuide: (guide?.consulted ?? 0) > 0,
            },
      regressions: regressions.map((r) => r.file),
      failure,
    };
  } finally {
    runner.close();
  }
}

/** The goals no run reached. */
const missedGoals = (goals: GoalTally): string[] =>
  goals
    .summary()
    .filter((g) => g.runs === 0)
    .map((g) => g.name);

/** A failure of the budget as a whole, not of a trace: nothing to shrink or replay. */
function budgetFailure(error: string): PropertyFailure {
  return {
    error,
    script: '',
    steps: [],
    path: '',
    shrinkLog: null,
    replay: '',
    detail: null,
    regression: null,
  };
}

function regressionFailure<S>(
  def: PropertyDefinition<S>,
  regression: RegressionCase<S>,
  error: unknown,
): PropertyFailure {
  const message = error instanceof Error ? error.message : String(error);
  return {
    error: `regression case ${regression.file} fails again: ${message}`,
    script: traceOf(regression.steps, def.print).toString(),
    steps: [...regression.steps],
    path: '',
    shrinkLog: regression.file,
    replay: `npm run props -- --replay ${regression.file}`,
    detail: readStepFailure(error),
    regression: regression.file,
  };
}
