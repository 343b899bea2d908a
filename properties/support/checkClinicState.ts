import type { ClinicWorld } from '../../models/clinicWorld.js';
import type { CaseId, EscalationId, System } from '../../system/index.js';
import { check } from './InvariantViolation.js';
import type { ClinicMemory } from './runClinicTrace.js';

const ESCALATION_STATES: Record<string, { status: string; level?: string }> = {
  'open.nurses': { status: 'open', level: 'nurses' },
  'open.chargeNurse': { status: 'open', level: 'charge_nurse' },
  acknowledged: { status: 'acknowledged' },
  resolved: { status: 'resolved' },
};

/**
 * After every step, the system's escalations and cases are where the model says (invariants
 * 5 and 7): none open past its acknowledgement deadline, each acknowledged by exactly the one
 * nurse who did, urgency changed only as the model allows, and its every lowering made by a
 * nurse with a reason (invariant 6); cases in the model's state with the model's assignee.
 */
export function checkClinicState(
  system: System,
  world: ClinicWorld,
  memory: ClinicMemory,
  elapsed: number,
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
  void elapsed;
}
