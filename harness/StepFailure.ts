/**
 * What the harness reads off an error thrown by a trace runner to show the failing step: its
 * index and, when the property supplies them, the model's expectation and the system's
 * answer, printed side by side. Any error with a numeric `stepIndex` qualifies.
 */
export interface StepFailure {
  stepIndex: number;
  invariant?: string | undefined;
  expected?: unknown;
  actual?: unknown;
}

/** The step failure an error carries, or null; `expected`/`actual` are made JSON-safe. */
export function readStepFailure(error: unknown): StepFailure | null {
  if (typeof error !== 'object' || error === null) return null;
  const e = error as Partial<Record<keyof StepFailure, unknown>>;
  if (typeof e.stepIndex !== 'number' || !Number.isInteger(e.stepIndex)) return null;
  return {
    stepIndex: e.stepIndex,
    ...(typeof e.invariant === 'string' ? { invariant: e.invariant } : {}),
    ...('expected' in e && e.expected !== undefined ? { expected: jsonSafe(e.expected) } : {}),
    ...('actual' in e && e.actual !== undefined ? { actual: jsonSafe(e.actual) } : {}),
  };
}

/** Why: the values go into a shrink log, and a bigint or a cycle would break JSON. */
function jsonSafe(value: unknown): unknown {
  try {
    return JSON.parse(
      JSON.stringify(value, (_, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)) ??
        'null',
    );
  } catch {
    return String(value);
  }
}
