import { z } from 'zod';

/**
 * A care unit (a ward, a triage desk): staff work in one, a patient is registered with one,
 * and a nurse reads only the patients of their own unit. A clinic that never names one runs
 * as the one unit `general`.
 */
export const Unit = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and dashes only');
export type Unit = z.infer<typeof Unit>;

/** The unit of every user created without one. */
export const DEFAULT_UNIT: Unit = 'general';
