import { check } from '../../harness/InvariantViolation.js';
import type { Answer, AuditEvent, System } from '../../system/index.js';

/** The refusals that are access denials (FHIR outcome 8); every other refusal is a failure. */
const DENIALS = new Set([
  'forbidden',
  'not_assigned',
  'unauthenticated',
  'invalid_credentials',
  'rate_limited',
  'account_locked',
  'cross_origin',
]);

/** Whether an answer is a pass of the timers that found nothing due (and so is unaudited). */
export function isIdleTimers(answer: Answer<unknown>): boolean {
  if (!answer.ok || typeof answer.value !== 'object' || answer.value === null) return false;
  const { reEscalated, rolloutsAborted } = answer.value as Record<string, unknown>;
  return (
    Array.isArray(reEscalated) &&
    Array.isArray(rolloutsAborted) &&
    reEscalated.length === 0 &&
    rolloutsAborted.length === 0
  );
}

/** Who an audit event must name: a user and their role, `system`, or `anonymous`. */
export interface ExpectedAgent {
  who: string;
  role: string;
}

/**
 * Invariants 17 and 19 for one command: exactly one new audit event (none for a pass of the
 * timers that found nothing due: issue 17, D14), chained to the last,
 * naming the actor and their role, action, entity, outcome and the command's correlation id, recorded no
 * earlier than the event before it.
 */
export function checkAuditStep(
  system: System,
  previous: AuditEvent | undefined,
  answer: Answer<unknown>,
  agent: ExpectedAgent,
  now: number,
  i: number,
): AuditEvent | undefined {
  const event = system.lastAuditEvent();
  if (isIdleTimers(answer)) {
    check(
      event?.seq === previous?.seq,
      '17',
      i,
      () => `a pass of the timers with nothing due appended audit event ${event?.seq}`,
    );
    return previous;
  }
  check(
    event !== undefined && event.seq === (previous?.seq ?? 0) + 1,
    '17',
    i,
    () => `expected audit event ${(previous?.seq ?? 0) + 1}, the log ends at ${event?.seq ?? 0}`,
  );
  check(
    event.prevHash === previous?.hash || previous === undefined,
    '18',
    i,
    () => 'the new event does not chain to the last',
  );
  check(
    event.correlationId === answer.correlationId,
    '17',
    i,
    () => `audit correlation id ${event.correlationId}, answer ${answer.correlationId}`,
  );
  const label = answer.ok ? 'accepted' : DENIALS.has(answer.error.code) ? 'denied' : 'failed';
  check(
    event.outcome.label === label,
    '17',
    i,
    () => `audit outcome ${event.outcome.label}, expected ${label}`,
  );
  check(
    event.agent.who === agent.who && event.agent.role === agent.role,
    '17',
    i,
    () => `audit agent ${JSON.stringify(event.agent)}, expected ${JSON.stringify(agent)}`,
  );
  check(
    event.entity.what.length > 0 && event.action.length > 0,
    '17',
    i,
    () => 'audit event without entity or action',
  );
  check(
    event.recorded >= (previous?.recorded ?? event.recorded),
    '19',
    i,
    () => `audit time went back from ${previous?.recorded} to ${event.recorded}`,
  );
  check(
    event.recorded <= now,
    '19',
    i,
    () => `audit time ${event.recorded} is in the future (now ${now})`,
  );
  return event;
}

/** Invariant 18 at the end of a run: the whole audit chain recomputes and matches its anchor. */
export function checkAuditChain(system: Pick<System, 'verifyAudit'>, steps: number): void {
  const chain = system.verifyAudit();
  check(
    chain.ok,
    '18',
    Math.max(steps - 1, 0),
    () => `audit chain does not verify: ${JSON.stringify(chain)}`,
  );
}
