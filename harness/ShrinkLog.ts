import { z } from 'zod';

/** Where the shrunk trace broke: the step, and what the model expected there against what the system answered. */
export const ShrinkLogFailure = z.object({
  stepIndex: z.number().int().nonnegative(),
  invariant: z.string().optional(),
  expected: z.unknown().optional(),
  actual: z.unknown().optional(),
});

/** One replayable record of a failure found, as DESIGN section 6 describes it. */
export const ShrinkLog = z.object({
  property: z.string(),
  /** The broken variant the failure was found on, or null for the real system. */
  variant: z.string().nullable(),
  seed: z.number().int(),
  path: z.string(),
  /** The shrunk counterexample as data: the steps, each readable by the property's schema. */
  steps: z.array(z.unknown()),
  script: z.string(),
  error: z.string(),
  /** Absent in logs written before failures carried their step (or when the error named none). */
  failure: ShrinkLogFailure.optional(),
  version: z.string(),
  commit: z.string(),
  recordedAt: z.string(),
});
export type ShrinkLog = z.infer<typeof ShrinkLog>;
