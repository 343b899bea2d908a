import { check } from '../../harness/InvariantViolation.js';
import { CLINIC_ROSTER, MESSAGE_ACUITY } from '../../models/clinicRoster.js';
import type { ClinicWorld } from '../../models/clinicWorld.js';
import { adviceProblem, expectedAdvice } from '../../models/triageAdvice.js';
import type { HistoryPage } from '../../system/index.js';
import { decidedAdvice } from './decidedAdvice.js';

// The families the rules must find in each clinic text (`clinicTexts.ts`): what an
// emergency's advice is made for. The review message's advice is withheld until a decision.
const FAMILIES = {
  emergency1: ['breathing_difficulty'],
  emergency2: ['cardiac_chest_pain'],
  routine: [],
  review: [],
};
const WITHHELD = { action: 'wait_for_nurse', nurseAlerted: false } as const;

/**
 * Invariant 9: the patient sees advice that needs approval only after a nurse decided, and
 * then exactly as decided; everything else at once; and whether each message was escalated.
 */
export function checkPatientHistory(
  page: HistoryPage,
  world: ClinicWorld,
  patient: number,
  start: number,
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
    const awaiting = message.case !== null && decision === null;
    const acuity = MESSAGE_ACUITY[message.kind];
    const escalated = acuity <= 2;
    const shown = item.reply?.advice ?? '';
    const problem =
      decision !== null
        ? shown === decidedAdvice(decision)
          ? null
          : `not the decided ${JSON.stringify(decidedAdvice(decision))}`
        : adviceProblem(
            shown,
            awaiting ? WITHHELD : expectedAdvice(acuity, FAMILIES[message.kind], false),
          );
    // Reviewed advice names the nurse who decided it and when; other advice names no one.
    const reviewedBy = decision === null ? null : CLINIC_ROSTER[decision.by]!.name;
    const reviewedAt = decision === null ? null : start + decision.at;
    check(
      problem === null &&
        item.reply?.awaitingReview === awaiting &&
        item.reply.escalated === escalated &&
        item.reply.reviewedBy === reviewedBy &&
        item.reply.reviewedAt === reviewedAt,
      '9',
      i,
      () =>
        `message ${k + 1} (${message.kind}) shows ${JSON.stringify(item.reply)}, expected awaiting ${awaiting}, escalated ${escalated}, reviewed by ${reviewedBy} at ${reviewedAt}${problem === null ? '' : `; its advice: ${problem}`}`,
    );
  });
}
