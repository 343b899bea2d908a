import { z } from 'zod';

/**
 * The red-flag symptom families the rule engine must never miss. Their phrase families and
 * acuities are documented in `system/triage/RED_FLAGS.md`.
 */
export const RedFlagFamily = z.enum([
  'stroke',
  'cardiac_chest_pain',
  'breathing_difficulty',
  'anaphylaxis',
  'suicidal_ideation',
  'severe_bleeding',
  'fainting',
  'confusion',
]);
export type RedFlagFamily = z.infer<typeof RedFlagFamily>;
