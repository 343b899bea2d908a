import { check } from '../../harness/InvariantViolation.js';
import type { ClinicStep } from '../../models/clinicStep.js';
import type { ClinicWorld } from '../../models/clinicWorld.js';
import { ADVICE, type ReviewCase, type System } from '../../system/index.js';
import { NURSE_ADVICE, REASON } from './clinicTexts.js';
import { decidedAdvice } from './decidedAdvice.js';
import type { ClinicMemory } from './runClinicTrace.js';

const OUTCOMES = { approve: 'approved', reject: 'rejected', modify: 'modified' } as const;

/**
 * A decision records its outcome, who decided, when, the reason, the advice the patient is
 * given, the diff of a modification, and whether the glass was broken, which is exactly when
 * someone other than the assignee decided (invariant 7); breaking it is audited with purpose
 * of use BTG and its reason (invariant 8). `world` is the model's world before the step, `at`
 * the system time of the step.
 */
export function checkDecision(
  system: System,
  step: Extract<ClinicStep, { type: 'DECIDE' }>,
  decided: ReviewCase,
  world: ClinicWorld,
  memory: ClinicMemory,
  at: number,
  i: number,
): void {
  const breakGlass = world.cases[step.case]!.assignee !== step.actor;
  const advice = decidedAdvice({ outcome: step.outcome, advice: step.advice });
  const want = {
    outcome: OUTCOMES[step.outcome],
    by: memory.actors[step.actor]!.userId,
    at,
    reason: REASON,
    advice,
    // A review message is triaged to urgent care: what a modification changes.
    diff: step.outcome === 'modify' ? { from: ADVICE.urgent_care, to: NURSE_ADVICE } : null,
    breakGlass,
  };
  const d = decided.decision;
  const got = d && {
    outcome: d.outcome,
    by: d.by,
    at: d.at,
    reason: d.reason,
    advice: d.advice,
    diff: d.diff,
    breakGlass: d.breakGlass,
  };
  check(
    JSON.stringify(got) === JSON.stringify(want),
    '7',
    i,
    () => `decision recorded as ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`,
    () => ({ expected: want, actual: got }),
  );
  const purpose = system.lastAuditEvent()?.purposeOfUse ?? null;
  check(
    breakGlass ? purpose?.code === 'BTG' && purpose.reason === REASON : purpose === null,
    '8',
    i,
    () => `break-glass ${breakGlass} audited with purpose of use ${JSON.stringify(purpose)}`,
  );
}
