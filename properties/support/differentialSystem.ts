import { check } from '../../harness/InvariantViolation.js';
import { type Answer, canonicalJson, type System } from '../../system/index.js';

/** Plain JSON, keys sorted: what an answer looks like on the wire, whatever its key order. */
const wire = (value: unknown): string => canonicalJson(JSON.parse(JSON.stringify(value ?? null)));

/**
 * Checks that two systems agree after a command: the same answer, the same last audit event
 * (hash chain included) and the same record counts.
 */
export function checkAgreement(
  local: System,
  remote: System,
  answers: [Answer<unknown>, Answer<unknown>],
  step: number,
): void {
  const [mine, theirs] = answers.map(wire);
  check(
    mine === theirs,
    'differential',
    step,
    () => 'in-process and HTTP answers differ',
    () => ({ expected: answers[0], actual: answers[1] }),
  );
  const events = [local.lastAuditEvent(), remote.lastAuditEvent()];
  check(
    wire(events[0]) === wire(events[1]),
    '17',
    step,
    () => `the audit logs part: in-process ends at ${events[0]?.seq}, HTTP at ${events[1]?.seq}`,
    () => ({ expected: events[0], actual: events[1] }),
  );
  const counts = [local.counts(), remote.counts()];
  check(
    wire(counts[0]) === wire(counts[1]),
    'differential',
    step,
    () => 'in-process and HTTP hold different records',
    () => ({ expected: counts[0], actual: counts[1] }),
  );
}

/**
 * A system that runs every command on both an in-process system and one over HTTP, checks
 * that they agree, and answers the in-process answer; read-outs come from the in-process one.
 * `step` names the trace step being run, for the report of a disagreement.
 */
export function differentialSystem(local: System, remote: System, step: () => number): System {
  const both = async (command: unknown): Promise<Answer<unknown>> => {
    const mine = await local.executeUnknown(command);
    const theirs = await remote.executeUnknown(command);
    checkAgreement(local, remote, [mine, theirs], step());
    return mine;
  };
  return { ...local, execute: both as System['execute'], executeUnknown: both };
}
