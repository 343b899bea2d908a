/**
 * What an acuity means to a triage nurse: the ESI level's name. Shown beside the number and
 * the colour, so that urgency is never told by colour alone.
 */
export const ACUITY_LABEL: Record<number, string> = {
  1: 'Resuscitation',
  2: 'Emergent',
  3: 'Urgent',
  4: 'Less urgent',
  5: 'Non-urgent',
};

/** `Acuity 2 · Emergent`. */
export const acuityLabel = (acuity: number): string =>
  `Acuity ${acuity} · ${ACUITY_LABEL[acuity] ?? 'unknown'}`;
