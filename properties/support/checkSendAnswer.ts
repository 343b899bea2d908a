import type { ConversationStep } from '../../models/conversationStep.js';
import type { Answer, ConversationId, MessageSentValue, System } from '../../system/index.js';
import { check } from './InvariantViolation.js';

/**
 * Invariants 1-3 for a message: a red flag always ends in an escalation at acuity <= 2 (and a
 * refused red-flag message still carries emergency advice); final acuity is the more urgent of
 * rules and model; the assessment records its whole basis.
 */
export function checkSendAnswer(
  system: System,
  step: Extract<ConversationStep, { type: 'SEND_MESSAGE' }>,
  answer: Answer<unknown>,
  memory: { conversations: ReadonlyArray<{ id: ConversationId }> },
  i: number,
): void {
  const redFlag = step.text.redFlag;
  if (!answer.ok) {
    if (redFlag !== null) {
      check(
        answer.emergencyAdvice !== undefined,
        '1',
        i,
        () => `refused red-flag message (${redFlag}) carries no emergency advice`,
      );
    }
    return;
  }
  const { assessment, escalationId } = answer.value as MessageSentValue;
  if (redFlag !== null) {
    check(
      assessment.acuity <= 2,
      '1',
      i,
      () => `red flag ${redFlag} assessed at acuity ${assessment.acuity}`,
    );
    check(escalationId !== null, '1', i, () => `red flag ${redFlag} raised no escalation`);
    const raised = system.escalations(memory.conversations[step.conversation]!.id);
    check(
      raised.some((e) => e.id === escalationId && e.acuity <= 2),
      '1',
      i,
      () => `escalation ${escalationId} is not stored`,
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
      Array.isArray(assessment.ruleHits) &&
      assessment.rationale.length > 0,
    '3',
    i,
    () => `assessment lacks its basis: ${JSON.stringify(assessment)}`,
  );
  check(
    (escalationId !== null) === (assessment.acuity <= 2 || assessment.ruleHits.length > 0),
    '1',
    i,
    () =>
      `escalation ${escalationId} does not match acuity ${assessment.acuity} and ${assessment.ruleHits.length} rule hits`,
  );
}
