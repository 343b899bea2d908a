import { z } from 'zod';

/** How one triage configuration did on the reference set. */
export const ReleaseFigures = z.object({
  emergencies: z.int().min(0),
  /** Emergencies escalated at their required acuity or more urgently. */
  atRequired: z.int().min(0),
  /** Emergencies answered at acuity 5: told to care for themselves at home. */
  selfCare: z.int().min(0),
  benign: z.int().min(0),
  /** Messages that must not escalate and did. */
  overTriaged: z.int().min(0),
});
export type ReleaseFigures = z.infer<typeof ReleaseFigures>;

/** An emergency production gets right and the candidate does not. */
export const NegativeFlip = z.object({ id: z.string(), family: z.string() });
export type NegativeFlip = z.infer<typeof NegativeFlip>;

/**
 * A candidate version beside the production triage on the reference set: rules plus each
 * model, as a patient would meet them.
 */
export const ReleaseEvaluation = z.object({
  candidate: z.string().min(1),
  /** The production version it was measured against; null: the rules alone. */
  against: z.string().min(1).nullable(),
  /** The reference set's name and size, so a verdict says what it rests on. */
  referenceSet: z.string(),
  cases: z.int().min(0),
  figures: ReleaseFigures,
  production: ReleaseFigures,
  negativeFlips: z.array(NegativeFlip),
});
export type ReleaseEvaluation = z.infer<typeof ReleaseEvaluation>;
