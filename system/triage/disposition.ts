import type { Acuity } from '../domain/acuity.js';

/** What the patient is told to do. */
export type Disposition = 'emergency' | 'urgent' | 'nurse_review' | 'see_gp' | 'self_care';

/** The advice shown for each disposition. */
export const ADVICE: Record<Disposition, string> = {
  emergency: 'Call emergency services (911) now. If you can, stay with someone until help arrives.',
  urgent:
    'This may be serious. A nurse has been alerted and will contact you shortly. If it gets worse, call emergency services (911).',
  nurse_review: 'A nurse is reviewing your message and will reply soon.',
  see_gp: 'Book an appointment with your doctor in the next few days.',
  self_care: 'This can usually be cared for at home. Contact us again if it gets worse.',
};

/**
 * The disposition for an acuity. Degraded triage (no model) never advises self-care or a
 * routine appointment: it routes to a nurse.
 */
export function dispositionOf(acuity: Acuity, degraded: boolean): Disposition {
  if (acuity === 1) return 'emergency';
  if (acuity === 2) return 'urgent';
  if (acuity === 3 || degraded) return 'nurse_review';
  return acuity === 4 ? 'see_gp' : 'self_care';
}
