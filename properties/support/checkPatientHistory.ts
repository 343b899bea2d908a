import { MESSAGE_ACUITY } from '../../models/clinicRoster.js';
import type { ClinicWorld } from '../../models/clinicWorld.js';
import { ADVICE, type HistoryPage } from '../../system/index.js';
import { decidedAdvice } from './decidedAdvice.js';
import { check } from './InvariantViolation.js';

const UNREVIEWED = {
  emergency1: ADVICE.emergency,
  emergency2: ADVICE.urgent,
  routine: ADVICE.see_gp,
  review: ADVICE.nurse_review,
};

/**
 * Invariant 9: the patient sees advice that needs approval only after a nurse decided, and
 * then exactly as decided; everything else at once; and whether each message was escalated.
 */
export function checkPatientHistory(
  page: HistoryPage,
  world: ClinicWorld,
  patient: number,
  i: number,
): void {
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
    const advice = decision === null ? UNREVIEWED[message.kind] : decidedAdvice(decision);
    const awaiting = message.case !== null && decision === null;
    const escalated = MESSAGE_ACUITY[message.kind] <= 2;
    check(
      item.reply?.advice === advice &&
        item.reply.awaitingReview === awaiting &&
        item.reply.escalated === escalated,
      '9',
      i,
      () =>
        `message ${k + 1} (${message.kind}) shows ${JSON.stringify(item.reply)}, expected ${JSON.stringify({ advice, awaiting, escalated })}`,
    );
  });
}
