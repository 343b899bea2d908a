import type { Acuity } from '../system/index.js';

/** What a patient must be advised at each acuity: the clinical reference for dispositions. */
const BY_ACUITY = {
  1: 'emergency',
  2: 'urgent',
  3: 'urgent_care',
  4: 'see_gp',
  5: 'self_care',
} as const;

/**
 * The disposition a triage must recommend. Why degraded triage never says self-care: with no
 * model answer, "nothing found" only means the rules found nothing.
 */
export function expectedDisposition(acuity: Acuity, degraded: boolean): (typeof BY_ACUITY)[Acuity] {
  return degraded && acuity === 5 ? 'see_gp' : BY_ACUITY[acuity];
}
