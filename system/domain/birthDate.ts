import { z } from 'zod';

/** A date of birth as a patient gives it: `YYYY-MM-DD`, a real calendar day from 1900 on. */
export const BirthDate = z
  .string()
  .regex(/^(19|20)\d\d-\d\d-\d\d$/, 'a date as YYYY-MM-DD')
  .refine((s) => new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'not a calendar day');
export type BirthDate = z.infer<typeof BirthDate>;
