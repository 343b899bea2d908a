import type fc from 'fast-check';
import type { z } from 'zod';
import type { Trace } from '../generators/machineWalk.js';
import type { CompiledMachine } from './compileMachine.js';
import type { GoalSet } from './GoalSet.js';
import type { ModelCoverage } from './ModelCoverage.js';
import type { LabelValue } from './RunStatistics.js';
import type { WalkGuide } from './WalkGuide.js';

/** What a run of a trace reports back to the runner besides pass or fail. */
export interface RunProbe {
  /** Per machine: record each move, with its instance for transition pairs. */
  coverage: ReadonlyMap<string, ModelCoverage>;
  /** Feeds an answer into the run's trace digest (same seed, same digest). */
  digest(value: string): void;
  /**
   * Counts one occurrence of `name = value` in this run, for the report's labelled statistics
   * (e.g. `label('outcome', answer.code)` per step, `label('fault', 'store-write')` per fault).
   * Shrink attempts are not counted, in labels as in coverage.
   */
  label(name: string, value: LabelValue): void;
  /**
   * Records one sample of a quantity the run measured (e.g. `measure('recovery ms', 212)`),
   * reported as its distribution. Shrink attempts are not counted.
   */
  measure(name: string, value: number): void;
}

/** Runs traces against one system set up once per property run. */
export interface TraceRunner<S> {
  /** Throws (an assertion error) at the first step whose answer breaks an invariant. */
  run(steps: readonly S[], probe: RunProbe): Promise<void>;
  close(): void;
}

/**
 * A property: how to generate traces, how to check one against the system, and how to read
 * a stored trace back. Knows nothing of medicine, so the runner can serve any system.
 */
export interface PropertyDefinition<S> {
  name: string;
  /**
   * The traces; pass `guide` on to `machineWalk`'s options so `--until-coverage` can bias the
   * walk (a property that drops it still stops at the target, unguided).
   */
  trace(maxSteps: number, guide?: WalkGuide): fc.Arbitrary<Trace<S>>;
  print(step: S): string;
  stepSchema: z.ZodType<S>;
  machines: readonly CompiledMachine<never>[];
  /** Sets up the system; `variant` names a deliberately broken one (for honesty tests). */
  runner(variant?: string): TraceRunner<S>;
  /**
   * What the generated runs must sometimes reach (situations and boundary values), counted
   * per run and reported beside the model coverage; a default budget that misses one fails.
   */
  goals?: GoalSet<S>;
  /** The broken variants this property must catch. */
  variants: readonly string[];
  defaultMaxSteps: number;
  /**
   * The share of a run-count budget this property takes (default 1). Why: a property that
   * starts a process per run (crash recovery) would take minutes where the others take seconds.
   */
  runsScale?: number;
}
