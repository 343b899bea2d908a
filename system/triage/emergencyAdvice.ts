import type { RedFlagFamily } from './redFlagFamily.js';

const CALL = 'Call emergency services (911) now.';
const NURSE_ALSO = 'A nurse has also been alerted and will contact you.';

// Why these four call at acuity 2 too: public guidance (NHS, AHA/ASA, Resuscitation Council UK,
// 988 Lifeline) says to call emergency services, not to make one's own way to hospital, for a
// suspected heart attack, stroke, anaphylaxis or a suicide plan.
const CALL_AT_ACUITY_2: ReadonlyMap<RedFlagFamily, string> = new Map<RedFlagFamily, string>([
  [
    'anaphylaxis',
    'This could be a severe allergic reaction: use an adrenaline auto-injector now if you have one.',
  ],
  ['cardiac_chest_pain', 'This could be a heart attack. Sit down and rest while you wait.'],
  ['stroke', 'This could be a stroke: every minute counts. Note the time it started.'],
  [
    'suicidal_ideation',
    'You can also call or text 988 (Suicide & Crisis Lifeline) at any time. Stay with someone or go where there are people.',
  ],
]);

/** The first of the families that tells the patient more about calling, if any. */
function callReason(families: readonly RedFlagFamily[]): string | undefined {
  for (const [family, reason] of CALL_AT_ACUITY_2) if (families.includes(family)) return reason;
  return undefined;
}

/**
 * What a patient with an emergency is told, first and unmistakably: acuity 1, or a suspected
 * heart attack, stroke, anaphylaxis or suicide plan, calls emergency services now; any other
 * acuity 2 goes to an emergency department now. The nurse's alert comes on top, never instead.
 */
export function emergencyAdvice(acuity: 1 | 2, families: readonly RedFlagFamily[]): string {
  const reason = callReason(families);
  if (acuity === 1)
    return [
      CALL,
      reason ?? 'This may be life-threatening.',
      'Do not wait for a reply here. If you can, unlock the door and stay with someone until help arrives.',
      NURSE_ALSO,
    ].join(' ');
  if (reason !== undefined) return [CALL, reason, NURSE_ALSO].join(' ');
  return [
    'Go to an emergency department now; do not drive yourself.',
    'If it gets worse or you cannot get there, call emergency services (911).',
    NURSE_ALSO,
  ].join(' ');
}

/**
 * What a patient whose message showed an emergency is told when the message could not be
 * taken (too long, a closed conversation, the store down): the same action, and plainly that
 * nobody was alerted. Why not the usual advice: it promises a nurse who will never call.
 */
export function refusedEmergencyAdvice(acuity: 1 | 2, families: readonly RedFlagFamily[]): string {
  const reason = callReason(families);
  const action =
    acuity === 1 || reason !== undefined
      ? [CALL, reason ?? 'What you wrote may be life-threatening.']
      : ['Go to an emergency department now, or call emergency services (911) if it gets worse.'];
  return [...action, 'Your message was not sent, so no nurse has seen it.'].join(' ');
}
