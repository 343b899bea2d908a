/** ESI acuity as the model states it: 1 most urgent, 5 least. */
type Acuity = 1 | 2 | 3 | 4 | 5;

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

/** What advice must tell the patient to do, first. */
export type AdviceAction =
  | 'call_now'
  | 'emergency_department_now'
  | 'urgent_care_today'
  | 'see_doctor'
  | 'self_care'
  | 'wait_for_nurse';

// Why these families call at acuity 2: public guidance (NHS 999 advice, AHA/ASA, the
// Resuscitation Council UK, 988 Lifeline) says to call, not to travel, for a suspected heart
// attack, stroke, anaphylaxis or a suicide plan.
const CALL_AT_ACUITY_2 = new Set([
  'cardiac_chest_pain',
  'stroke',
  'anaphylaxis',
  'suicidal_ideation',
]);

/**
 * The action an assessment's advice must lead with, from its acuity, the families the rules
 * found and whether the model answered; and whether it must say a nurse was alerted (an
 * emergency always: the alert comes on top of the advice, never instead).
 */
export function expectedAdvice(
  acuity: Acuity,
  families: readonly string[],
  degraded: boolean,
): { action: AdviceAction; nurseAlerted: boolean } {
  if (acuity === 1) return { action: 'call_now', nurseAlerted: true };
  if (acuity === 2)
    return {
      action: families.some((f) => CALL_AT_ACUITY_2.has(f))
        ? 'call_now'
        : 'emergency_department_now',
      nurseAlerted: true,
    };
  const action = { 3: 'urgent_care_today', 4: 'see_doctor', 5: 'self_care' } as const;
  return {
    action: degraded && acuity === 5 ? 'see_doctor' : action[acuity],
    nurseAlerted: false,
  };
}

const firstSentence = (text: string) => text.split(/(?<=[.!?])\s/)[0] ?? '';
const SAYS: Record<AdviceAction, (first: string) => boolean> = {
  call_now: (s) =>
    /\bcall\b/i.test(s) && /\b(911|999|112|emergency services)\b/i.test(s) && /\bnow\b/i.test(s),
  emergency_department_now: (s) =>
    /\b(emergency department|A&E|emergency room|ER)\b/.test(s) && /\bnow\b/i.test(s),
  urgent_care_today: (s) => /\burgent care\b/i.test(s) && /\btoday\b/i.test(s),
  see_doctor: (s) => /\b(doctor|GP)\b/i.test(s),
  self_care: (s) => /\bat home\b/i.test(s),
  wait_for_nurse: (s) => /\bnurse\b/i.test(s),
};

/**
 * Why an advice text fails its expectation, or null: its first sentence must carry the action
 * (a patient in distress may read no further), and an emergency's must say a nurse was
 * alerted. Read from the text as a patient reads it, never compared with the system's strings.
 */
export function adviceProblem(
  text: string,
  expected: { action: AdviceAction; nurseAlerted: boolean },
): string | null {
  const first = firstSentence(text);
  if (!SAYS[expected.action](first))
    return `the first sentence ${JSON.stringify(first)} does not say ${expected.action}`;
  const alerted = /\bnurse\b[^.]*\balerted\b/i.test(text);
  if (expected.nurseAlerted && !alerted) return 'an emergency is not told a nurse was alerted';
  if (!expected.nurseAlerted && alerted) return 'says a nurse was alerted, yet no emergency';
  return null;
}

/**
 * Why the advice owed for a refused emergency message fails, or null: it leads with calling or
 * going to an emergency department now, says plainly the message was not sent, and never
 * promises a nurse who was not alerted.
 */
export function refusedAdviceProblem(text: string): string | null {
  const first = firstSentence(text);
  if (!SAYS.call_now(first) && !SAYS.emergency_department_now(first))
    return `the first sentence ${JSON.stringify(first)} says neither to call nor to go now`;
  if (!/\bnot (been )?sent\b/i.test(text)) return 'does not say the message was not sent';
  if (/\bnurse\b[^.]*\balerted\b/i.test(text))
    return 'promises a nurse alert that was never raised';
  return null;
}
