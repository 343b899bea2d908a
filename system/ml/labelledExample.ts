import { z } from 'zod';
import { Acuity } from '../domain/acuity.js';
import { RedFlagFamily } from '../triage/redFlagFamily.js';

/**
 * One labelled symptom message: the text a patient wrote, the acuity a clinician would give it,
 * and the red-flag family it belongs to (null when it belongs to none).
 */
export const LabelledExample = z.object({
  text: z.string().max(10_000),
  acuity: Acuity,
  family: RedFlagFamily.nullable(),
});
export type LabelledExample = z.infer<typeof LabelledExample>;
