import { check } from '../../harness/InvariantViolation.js';
import type { AcuityChangeState, ClinicWorld } from '../../models/clinicWorld.js';
import type { CaseId, Escalation, EscalationId, System } from '../../system/index.js';
import { REASON } from './clinicTexts.js';
import type { ClinicMemory } from './runClinicTrace.js';

const ESCALATION_STATES: Record<string, { status: string; level?: string }> = {
  'open.nurses': { status: 'open', level: 'nurses' },
  'open.chargeNurse': { status: 'open', level: 'charge_nurse' },
  acknowledged: { status: 'acknowledged' },
  resolved: { status: 'resolved' },
};

/**
 * After every step, the system's escalations and cases are where the model says (invariants
 * 5 and 7): none open past its acknowledgement deadline, each with the deadline its acuity's
 * SLA gives and re-escalated as often as the SLA expired, acknowledged by exactly the one nurse
 * who did; urgency changed only as the model allows, every change in the history with who made
 * it and when, and every lowering made by a nurse with a reason (invariant 6); cases in the
 * model's state with the model's assignee. `start` is the system time of the model's time 0.
 */
export function checkClinicState(
  system: System,
  world: ClinicWorld,
  memory: ClinicMemory,
  start: number,
  i: number,
): void {
  const now = system.lastAuditEvent()?.recorded ?? 0;
  world.escalations.forEach((model, e) => {
    const actual = system.escalation(memory.escalations[e] as EscalationId);
    check(actual !== undefined, '5', i, () => `escalation e${e} is missing`);
    const want = ESCALATION_STATES[model.state]!;
    check(
      actual.status === want.status && (want.level === undefined || actual.level === want.level),
      '5',
      i,
      () => `escalation e${e} is ${actual.status}/${actual.level}, the model says ${model.state}`,
    );
    check(
      actual.ackDeadline === start + model.deadline && actual.reEscalations === model.reEscalations,
      '5',
      i,
      () =>
        `escalation e${e} is due at ${actual.ackDeadline - start} ms after re-escalation ${actual.reEscalations}, the model says ${model.deadline} ms after ${model.reEscalations}`,
    );
    check(
      actual.status !== 'open' || actual.ackDeadline > now,
      '5',
      i,
      () =>
        `escalation e${e} is still open ${now - actual.ackDeadline} ms past its acknowledgement deadline`,
    );
    const acknowledger =
      model.acknowledger === null ? null : memory.actors[model.acknowledger]!.userId;
    check(
      actual.acknowledgedBy === acknowledger,
      '5',
      i,
      () => `escalation e${e} acknowledged by ${actual.acknowledgedBy}, expected ${acknowledger}`,
    );
    check(
      actual.acuity === model.acuity,
      '6',
      i,
      () => `escalation e${e} at acuity ${actual.acuity}, the model says ${model.acuity}`,
    );
    checkHistory(actual.history, model.history, memory, start, `e${e}`, i);
    for (const change of actual.history) {
      check(
        change.to < change.from || (change.by !== 'triage' && change.reason.length > 0),
        '6',
        i,
        () =>
          `escalation e${e} became less urgent without a nurse's reason: ${JSON.stringify(change)}`,
      );
    }
  });
  world.cases.forEach((model, k) => {
    const actual = system.reviewCase(memory.cases[k] as CaseId);
    check(actual !== undefined, '7', i, () => `case k${k} is missing`);
    check(
      actual.status === model.state,
      '7',
      i,
      () => `case k${k} is ${actual.status}, the model says ${model.state}`,
    );
    const assignee = model.assignee === null ? null : memory.actors[model.assignee]!.userId;
    check(
      actual.assignee === assignee,
      '7',
      i,
      () => `case k${k} assigned to ${actual.assignee}, expected ${assignee}`,
    );
  });
}

/** An escalation's history holds every change of urgency the model made, by whom, when, why. */
function checkHistory(
  actual: Escalation['history'],
  model: readonly AcuityChangeState[],
  memory: ClinicMemory,
  start: number,
  name: string,
  i: number,
): void {
  const got = actual.map(({ at, from, to, by }) => ({ at: at - start, from, to, by }));
  const want = model.map(({ at, from, to, by }) => ({
    at,
    from,
    to,
    by: by === 'triage' ? by : memory.actors[by]!.userId,
  }));
  check(
    JSON.stringify(got) === JSON.stringify(want),
    '6',
    i,
    () =>
      `escalation ${name} has history ${JSON.stringify(got)}, the model says ${JSON.stringify(want)}`,
    () => ({ expected: want, actual: got }),
  );
  actual.forEach((change, k) => {
    const by = model[k]!.by;
    check(
      by === 'triage' ? change.reason.length > 0 : change.reason === REASON,
      '6',
      i,
      () => `escalation ${name} records the change ${JSON.stringify(change)} without its reason`,
    );
  });
}
