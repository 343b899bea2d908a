import { z } from 'zod';

/**
 * One message of the clinical reference set a release is judged on: whether it must escalate
 * and, if so, the acuity it must reach. Written from public triage guidance, never from the
 * rules (see `clinical/vignettes/README.md`).
 */
export const ReferenceCase = z.object({
  id: z.string().min(1),
  text: z.string(),
  family: z.string().min(1),
  escalate: z.boolean(),
  /** The acuity an emergency must reach (1 or 2); null for a message that must not escalate. */
  acuity: z.union([z.literal(1), z.literal(2)]).nullable(),
});
export type ReferenceCase = z.infer<typeof ReferenceCase>;
