import { z } from 'zod';

/**
 * ESI-style acuity: 1 is the most urgent (immediate, life-saving care), 5 the least (self-care).
 * WARNING: smaller is more urgent, so "the more urgent of two" is `Math.min`.
 */
export const Acuity = z.union([
  z.literal(1),
  z.literal(2),
  z.literal(3),
  z.literal(4),
  z.literal(5),
]);
export type Acuity = z.infer<typeof Acuity>;

/** The more urgent of two acuities. */
export const moreUrgent = (a: Acuity, b: Acuity): Acuity => (a <= b ? a : b);

/** Acuity at or above which a case is an emergency that must escalate at once. */
export const ESCALATION_ACUITY: Acuity = 2;
