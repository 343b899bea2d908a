/** A broken invariant, named by its number in DESIGN section 4 (or a short tag). */
export class InvariantViolation extends Error {
  constructor(
    readonly invariant: string,
    readonly stepIndex: number,
    detail: string,
  ) {
    super(`invariant ${invariant} broken at step ${stepIndex + 1}: ${detail}`);
    this.name = 'InvariantViolation';
  }
}

/** Throws an InvariantViolation unless `condition` holds. */
export function check(
  condition: boolean,
  invariant: string,
  stepIndex: number,
  detail: () => string,
): asserts condition {
  if (!condition) throw new InvariantViolation(invariant, stepIndex, detail());
}
