import type { StepFailure } from './StepFailure.js';

/** The model's expectation and the system's answer at the failing step, shown side by side. */
export interface Sides {
  expected: unknown;
  actual: unknown;
}

/** A broken invariant, named by its number in DESIGN section 4 (or a short tag). */
export class InvariantViolation extends Error implements StepFailure {
  readonly expected?: unknown;
  readonly actual?: unknown;

  constructor(
    readonly invariant: string,
    readonly stepIndex: number,
    detail: string,
    sides?: Sides,
  ) {
    super(`invariant ${invariant} broken at step ${stepIndex + 1}: ${detail}`);
    this.name = 'InvariantViolation';
    if (sides) {
      this.expected = sides.expected;
      this.actual = sides.actual;
    }
  }
}

/**
 * Throws an InvariantViolation unless `condition` holds; `sides` (built only on failure) gives
 * the report the model's expectation and the system's answer to print side by side.
 */
export function check(
  condition: boolean,
  invariant: string,
  stepIndex: number,
  detail: () => string,
  sides?: () => Sides,
): asserts condition {
  if (!condition) throw new InvariantViolation(invariant, stepIndex, detail(), sides?.());
}
