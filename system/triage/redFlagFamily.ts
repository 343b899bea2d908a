import { z } from 'zod';

/**
 * The red-flag families the rule engine must never miss. Their findings, rules, acuities and
 * sources are documented in `system/triage/RED_FLAGS.md`.
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
  'seizure',
  'neurological',
  'sepsis',
  'meningitis',
  'obstetric',
  'paediatric',
  'acute_abdomen',
  'poisoning',
  'abnormal_vitals',
  'major_trauma',
]);
export type RedFlagFamily = z.infer<typeof RedFlagFamily>;
