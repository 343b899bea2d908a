import { ProgressLine } from './ProgressLine.js';
import type { PropertyDefinition } from './PropertyDefinition.js';
import type { PropertyReport } from './PropertyReport.js';
import type { PropsOptions } from './PropsOptions.js';
import { readRegressionCases } from './readRegressionCases.js';
import { replayShrinkLog } from './replayShrinkLog.js';
import { type RunProgress, runProperty } from './runProperty.js';

/** What `runFromOptions` needs besides the options: defaults and where shrink logs live. */
export interface RunSettings {
  /** The seed and run count when the options give none (the bounded runs of `npm test`). */
  defaultSeed: number;
  defaultRuns: number;
  /** Where new shrink logs go, and where committed ones are read as regression cases. */
  shrinkLogDir: string;
}

/**
 * Runs a property as the options say: replays one shrink log, or replays the committed
 * regression cases first and then generates under the budget, with a progress line. A stale
 * regression case fails the run, after the generated runs, so the report still has figures.
 */
export async function runFromOptions<S>(
  def: PropertyDefinition<S>,
  options: PropsOptions,
  settings: RunSettings,
): Promise<PropertyReport> {
  if (options.replay !== undefined) return replayShrinkLog(options.replay, def);
  // Why only against the real system: regression cases guard it; a broken variant is there
  // to be caught afresh.
  const regressions =
    options.variant === undefined && options.path === undefined
      ? readRegressionCases(settings.shrinkLogDir, def)
      : { cases: [], stale: [] };
  const line = new ProgressLine(options.progress ?? 'off');
  const budget = options.time === undefined ? '' : ` of ${options.time} s`;
  const report = await runProperty(def, {
    seed: options.seed ?? settings.defaultSeed,
    ...(options.path !== undefined ? { path: options.path } : {}),
    ...(options.runs !== undefined || options.time === undefined
      ? {
          runs: Math.max(
            1,
            Math.round((options.runs ?? settings.defaultRuns) * (def.runsScale ?? 1)),
          ),
        }
      : {}),
    ...(options.time !== undefined ? { timeMs: options.time * 1000 } : {}),
    ...(options.maxSteps !== undefined ? { maxSteps: options.maxSteps } : {}),
    ...(options.variant !== undefined ? { variant: options.variant } : {}),
    ...(options.untilCoverage !== undefined ? { untilCoverage: options.untilCoverage } : {}),
    ...(options.guided ? { guided: true } : {}),
    ...(options.shrink === false ? { shrink: false } : {}),
    ...(options.requireGoals === true && options.variant === undefined
      ? { requireGoals: true }
      : {}),
    regressions: regressions.cases,
    onProgress: (p) => line.update(() => progressText(def.name, p, budget)),
    // Why none without shrinking: an unshrunk trace is no replayable record, and under
    // mutation testing a log written by one mutant's run would become a regression case of
    // the next, making each mutant's verdict depend on the ones tested before it.
    shrinkLogDir: options.shrink === false ? null : settings.shrinkLogDir,
  });
  line.done();
  if (regressions.stale.length > 0 && !report.failure) {
    report.failure = {
      error: regressions.stale.map((s) => s.message).join('\n     '),
      script: '',
      steps: [],
      path: '',
      shrinkLog: regressions.stale[0]!.file,
      replay: '',
      detail: null,
      regression: regressions.stale[0]!.file,
    };
  }
  return report;
}

/** One progress line: `checkout: 1200 runs, 16.5k steps, 9.1k steps/s, edges 8/8, 3.2 s of 60 s`. */
export function progressText(name: string, p: RunProgress, budget: string): string {
  const seconds = p.elapsedMs / 1000;
  const rate = p.steps / Math.max(seconds, 1e-3);
  const shrinking = p.shrinks > 0 ? `, shrinking (${p.shrinks} attempts)` : '';
  return (
    `${name}: ${p.runs} runs, ${compact(p.steps)} steps, ${compact(rate)} steps/s, ` +
    `edges ${p.edgesCovered}/${p.edgesTotal}, ${seconds.toFixed(1)} s${budget}${shrinking}`
  );
}

function compact(n: number): string {
  return n >= 10_000 ? `${(n / 1000).toFixed(1)}k` : String(Math.round(n));
}
