import type { GoalSummary } from './GoalTally.js';
import type { CoverageSummary } from './ModelCoverage.js';
import type { StatisticsSummary } from './RunStatistics.js';
import type { StepFailure } from './StepFailure.js';

/** A failure, shrunk, and how to see it again. */
export interface PropertyFailure {
  error: string;
  script: string;
  steps: unknown[];
  path: string;
  shrinkLog: string | null;
  replay: string;
  /** The failing step, and the expected and actual values there when the property gave them. */
  detail: StepFailure | null;
  /** The committed shrink log that failed again, when the failure is a regression case. */
  regression: string | null;
}

/** Why a property run ended. */
export type StopReason = 'runs' | 'time' | 'coverage' | 'failure';

/** Coverage-guided mode: the target, and whether and when the runs reached it. */
export interface GuidedSummary {
  /** Percent of the machines' edges to cover. */
  target: number;
  reachedAtRun: number | null;
  /** False when the property's `trace()` dropped the guide: the runs stopped, unbiased. */
  walkUsesGuide: boolean;
}

/** What a property run did: the figures `npm run props` prints. */
export interface PropertyReport {
  property: string;
  variant: string | null;
  seed: number;
  /** Runs made, regression cases included; shrink attempts are not runs. */
  runs: number;
  /** Steps of those runs. */
  steps: number;
  /** Steps run while shrinking a failure (not in `steps`, nor in the statistics). */
  shrinkSteps: number;
  durationMs: number;
  stepsPerSecond: number;
  interrupted: boolean;
  stoppedBy: StopReason;
  digest: string;
  coverage: CoverageSummary[];
  /** Data coverage: each sometimes-goal and boundary class, with the runs that reached it. */
  goals: GoalSummary[];
  statistics: StatisticsSummary;
  guided: GuidedSummary | null;
  /** The committed shrink logs replayed first, in order. */
  regressions: string[];
  failure: PropertyFailure | null;
}
