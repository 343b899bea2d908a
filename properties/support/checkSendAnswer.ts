import { check } from '../../harness/InvariantViolation.js';
import type { ConversationStep } from '../../models/conversationStep.js';
import { adviceProblem, expectedAdvice, refusedAdviceProblem } from '../../models/triageAdvice.js';
import { ADVICE, type Answer, type MessageSentValue, type System } from '../../system/index.js';
import type { InputsLedger } from './InputsLedger.js';

/**
 * Invariants 1-4 and 9 for a message: a red flag always ends in an open escalation at acuity
 * <= 2 (and a refused red-flag message still carries emergency advice); final acuity is the
 * more urgent of rules and model; the assessment records its whole basis; degraded triage never
 * advises self-care; advice that needs approval is withheld from the patient.
 */
export function checkSendAnswer(
  system: System,
  step: Extract<ConversationStep, { type: 'SEND_MESSAGE' }>,
  answer: Answer<unknown>,
  ledger: InputsLedger,
  i: number,
): void {
  const redFlag = step.text.redFlag;
  if (!answer.ok) {
    check(
      answer.emergencyAdvice !== null,
      '1',
      i,
      () => 'a refused message carries emergency advice that is null',
    );
    if (redFlag !== null) {
      check(
        answer.emergencyAdvice !== undefined,
        '1',
        i,
        () => `refused red-flag message (${redFlag}) carries no emergency advice`,
      );
    }
    const problem =
      answer.emergencyAdvice === undefined ? null : refusedAdviceProblem(answer.emergencyAdvice);
    check(problem === null, '1', i, () => `a refused message's advice: ${problem}`);
    return;
  }
  const sent = answer.value as MessageSentValue;
  const assessment = system.assessment(sent.assessmentId);
  check(assessment !== undefined, '3', i, () => `assessment ${sent.assessmentId} is not stored`);
  if (redFlag !== null) {
    check(
      assessment.acuity <= 2,
      '1',
      i,
      () => `red flag ${redFlag} assessed at acuity ${assessment.acuity}`,
    );
    const escalation =
      sent.escalationId === null ? undefined : system.escalation(sent.escalationId);
    check(
      escalation !== undefined && escalation.acuity <= 2 && escalation.status !== 'resolved',
      '1',
      i,
      () =>
        `red flag ${redFlag} left no open escalation at acuity <= 2: ${JSON.stringify(escalation ?? null)}`,
    );
  }
  const expected = Math.min(assessment.ruleAcuity, assessment.modelAcuity ?? assessment.ruleAcuity);
  check(
    assessment.acuity === expected,
    '2',
    i,
    () =>
      `acuity ${assessment.acuity} is not min(rules ${assessment.ruleAcuity}, model ${assessment.modelAcuity})`,
  );
  check(
    /^[0-9a-f]{64}$/.test(assessment.inputsHash) &&
      assessment.modelVersion.length > 0 &&
      assessment.flagVariant.length > 0 &&
      assessment.rationale.length > 0 &&
      assessment.ruleAcuity < 5 === assessment.ruleHits.length > 0,
    '3',
    i,
    () => `assessment lacks its basis: ${JSON.stringify(assessment)}`,
  );
  const inputs = JSON.stringify([step.text.text, assessment.modelVersion, assessment.flagVariant]);
  const conflict = ledger.conflict(assessment.inputsHash, inputs);
  check(conflict === null, '3', i, () => conflict!);
  check(
    !assessment.degraded || assessment.advice !== ADVICE.self_care,
    '4',
    i,
    () => 'degraded triage advised self-care',
  );
  const families = assessment.ruleHits.map((hit) => hit.family);
  const advice = expectedAdvice(assessment.acuity, families, assessment.degraded);
  const problem = adviceProblem(assessment.advice, advice);
  check(
    problem === null,
    '3',
    i,
    () =>
      `acuity ${assessment.acuity}${assessment.degraded ? ' (degraded)' : ''} [${families.join(', ')}] advises ${JSON.stringify(assessment.advice)}: ${problem}`,
  );
  check(
    !assessment.degraded || assessment.acuity <= 2 || sent.reply.awaitingReview,
    '4',
    i,
    () => `degraded triage was not routed to a nurse: ${JSON.stringify(sent.reply)}`,
  );
  check(
    (sent.escalationId !== null) === (assessment.acuity <= 2 || assessment.ruleHits.length > 0),
    '1',
    i,
    () =>
      `escalation ${sent.escalationId} does not match acuity ${assessment.acuity} and ${assessment.ruleHits.length} rule hits`,
  );
  // Why: an emergency's advice must reach the patient at once, never wait for a nurse, even
  // when the model failed (a surviving mutant of needsApproval showed this was unchecked).
  check(
    assessment.acuity > 2 ||
      (!sent.reply.awaitingReview && sent.reply.advice === assessment.advice),
    '1',
    i,
    () => `an acuity ${assessment.acuity} message was answered ${JSON.stringify(sent.reply)}`,
  );
  if (assessment.needsReview) {
    check(
      sent.caseId !== null,
      '9',
      i,
      () => 'a recommendation that needs approval opened no review case',
    );
    check(
      sent.reply.awaitingReview && sent.reply.advice === ADVICE.nurse_review,
      '9',
      i,
      () => `the patient was shown ${JSON.stringify(sent.reply)} before a nurse decided`,
    );
  } else {
    check(
      sent.reply.advice === assessment.advice && !sent.reply.awaitingReview,
      '9',
      i,
      () => `the patient was shown ${JSON.stringify(sent.reply)} instead of ${assessment.advice}`,
    );
  }
}
