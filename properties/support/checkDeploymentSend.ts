import { check } from '../../harness/InvariantViolation.js';
import type { ExpectedServing } from '../../models/deploymentState.js';
import type { DeploymentStep } from '../../models/deploymentStep.js';
import {
  type Answer,
  type DeploymentView,
  type MessageSentValue,
  NO_MODEL_VERSION,
  RULES_ONLY_VERSION,
  type System,
} from '../../system/index.js';
import { checkSendAnswer } from './checkSendAnswer.js';
import type { InputsLedger } from './InputsLedger.js';

/** What a message's serving is checked against. */
export interface SendContext {
  expected: ExpectedServing | null;
  /** The system's version names, by the world's version index. */
  versions: readonly string[];
  /** The deployment as it stood before the message (its traffic weights). */
  before: DeploymentView;
  /** Calls that reached the routed version's server during the step. */
  callsToTarget: number;
  /** The run's assessments' inputs hashes. */
  ledger: InputsLedger;
}

const DEGRADED = new Set(['short_circuit', 'error', 'timeout', 'malformed']);

/**
 * Invariants 14, 23, 13 and 4 for a message served under the deployment: the flag variant
 * recorded is the one the flag must give (the safe default on any flag fault); no call reaches
 * a version whose breaker is open; the version recorded is the one that served, it had weight,
 * and the model answer recorded is that version's artifact's own; a model that gave no usable
 * answer leaves degraded triage. Then invariants 1-4 and 9 as for any message (`checkSendAnswer`).
 */
export function checkDeploymentSend(
  system: System,
  step: Extract<DeploymentStep, { type: 'SEND' }>,
  answer: Answer<unknown>,
  context: SendContext,
  i: number,
): void {
  const { expected, versions, before, callsToTarget } = context;
  const asConversation = {
    type: 'SEND_MESSAGE' as const,
    conversation: 0,
    actor: 0,
    text: step.text,
  };
  if (!answer.ok || expected === null) {
    checkSendAnswer(system, asConversation, answer, context.ledger, i);
    return;
  }
  const sent = answer.value as MessageSentValue;
  const assessment = system.assessment(sent.assessmentId);
  check(assessment !== undefined, '3', i, () => `assessment ${sent.assessmentId} is not stored`);
  check(
    assessment.flagVariant === expected.flagVariant,
    '14',
    i,
    () => `served under flag variant ${assessment.flagVariant}, expected ${expected.flagVariant}`,
  );
  const target = expected.target === null ? RULES_ONLY_VERSION : versions[expected.target]!;
  check(
    expected.outcome !== 'short_circuit' || callsToTarget === 0,
    '23',
    i,
    () => `${callsToTarget} call(s) reached ${target} while its circuit breaker was open`,
  );
  // Why the version first: a message served by the wrong version is a routing fault, whatever
  // the version it should have gone to would have answered.
  if (!assessment.degraded) {
    check(
      assessment.modelVersion === target,
      '13',
      i,
      () => `recorded as served by ${assessment.modelVersion}, expected ${target}`,
    );
    check(
      expected.flagVariant === 'rules-only' || (before.weights[target] ?? 0) > 0,
      '13',
      i,
      () =>
        `served by ${target}, whose weight was ${before.weights[target] ?? 0}: ${JSON.stringify(before.weights)}`,
    );
  }
  const degraded = DEGRADED.has(expected.outcome);
  check(
    !degraded || (assessment.degraded && assessment.modelVersion === NO_MODEL_VERSION),
    '4',
    i,
    () =>
      `${target} gave no usable answer (${expected.outcome}), yet triage was not degraded: served by ${assessment.modelVersion}`,
  );
  check(
    degraded || !assessment.degraded,
    'model',
    i,
    () => `${target} should have answered (${expected.outcome}), yet triage was degraded`,
  );
  check(
    callsToTarget === (expected.reaches ? 1 : 0),
    'model',
    i,
    () =>
      `${callsToTarget} call(s) reached ${target}, expected ${expected.reaches ? 1 : 0} (${expected.outcome})`,
  );
  check(
    expected.modelAcuity === null || assessment.modelAcuity === expected.modelAcuity,
    '13',
    i,
    () =>
      `${target} answered acuity ${assessment.modelAcuity}, its artifact says ${expected.modelAcuity}`,
  );
  checkSendAnswer(system, asConversation, answer, context.ledger, i);
}
