import { z } from 'zod';
import { BirthDate } from './birthDate.js';

/** A patient's id. */
export const PatientId = z.string().min(1).max(64).brand<'PatientId'>();
export type PatientId = z.infer<typeof PatientId>;

/** A registered patient. */
export const Patient = z.object({
  id: PatientId,
  displayName: z.string().min(1).max(100),
  registeredAt: z.number().int(),
  /** When the patient gave it at sign-up; a nurse sees their age from it. */
  birthDate: BirthDate.nullable(),
});
export type Patient = z.infer<typeof Patient>;
