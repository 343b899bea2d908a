import type { Acuity } from '../domain/acuity.js';
import { emergencyAdvice } from './emergencyAdvice.js';

/** What the patient is told to do. */
export type Disposition =
  | 'emergency'
  | 'urgent'
  | 'urgent_care'
  | 'see_gp'
  | 'self_care'
  | 'nurse_review';

/**
 * The advice shown for each disposition; an emergency's is made for its families by
 * `emergencyAdvice` (these two are the advice when no family is known).
 */
export const ADVICE: Record<Disposition, string> = {
  emergency: emergencyAdvice(1, []),
  urgent: emergencyAdvice(2, []),
  urgent_care: 'Please visit an urgent care clinic today.',
  see_gp: 'Book an appointment with your doctor in the next few days.',
  self_care: 'This can usually be cared for at home. Contact us again if it gets worse.',
  nurse_review: 'A nurse is reviewing your message and will reply soon.',
};

/**
 * The AI's recommendation for an acuity. Degraded triage (no model answered) never
 * recommends self-care.
 */
export function dispositionOf(acuity: Acuity, degraded: boolean): Disposition {
  switch (acuity) {
    case 1:
      return 'emergency';
    case 2:
      return 'urgent';
    case 3:
      return 'urgent_care';
    case 4:
      return 'see_gp';
    case 5:
      return degraded ? 'see_gp' : 'self_care';
  }
}

/**
 * Whether a nurse must approve the recommendation before the patient sees it: acuity 3, and
 * anything degraded. Emergencies never wait for approval: their advice is shown at once.
 */
export const needsApproval = (acuity: Acuity, degraded: boolean): boolean =>
  acuity === 3 || (degraded && acuity > 2);
