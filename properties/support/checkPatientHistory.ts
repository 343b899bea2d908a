import type { ClinicWorld } from '../../models/clinicWorld.js';
import { ADVICE, type Answer, type HistoryPage, REJECTED_ADVICE } from '../../system/index.js';
import { NURSE_ADVICE } from './clinicTexts.js';
import { check } from './InvariantViolation.js';

const UNREVIEWED = {
  emergency1: ADVICE.emergency,
  emergency2: ADVICE.urgent,
  routine: ADVICE.see_gp,
  review: ADVICE.nurse_review,
};

/**
 * Invariant 9: the patient sees advice that needs approval only after a nurse decided, and
 * then exactly as decided; everything else at once.
 */
export function checkPatientHistory(
  answer: Answer<unknown>,
  world: ClinicWorld,
  patient: number,
  i: number,
): void {
  if (!answer.ok) return;
  const page = answer.value as HistoryPage;
  const sent = world.messages[patient] ?? [];
  check(
    page.items.length === sent.length,
    '9',
    i,
    () => `history shows ${page.items.length} messages, ${sent.length} were sent`,
  );
  page.items.forEach((item, k) => {
    const message = sent[k]!;
    const decision = message.case === null ? null : world.cases[message.case]!.decision;
    const advice =
      decision === null
        ? UNREVIEWED[message.kind]
        : decision.outcome === 'approve'
          ? ADVICE.urgent_care
          : decision.advice
            ? NURSE_ADVICE
            : REJECTED_ADVICE;
    const awaiting = message.case !== null && decision === null;
    check(
      item.reply?.advice === advice && item.reply.awaitingReview === awaiting,
      '9',
      i,
      () =>
        `message ${k + 1} (${message.kind}) shows ${JSON.stringify(item.reply)}, expected ${JSON.stringify({ advice, awaiting })}`,
    );
  });
}
