import { z } from 'zod';

/** A patient's id. */
export const PatientId = z.string().min(1).max(64).brand<'PatientId'>();
export type PatientId = z.infer<typeof PatientId>;

/** A registered patient. */
export const Patient = z.object({
  id: PatientId,
  displayName: z.string().min(1).max(100),
  registeredAt: z.number().int(),
});
export type Patient = z.infer<typeof Patient>;
