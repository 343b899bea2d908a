import { check } from '../../harness/InvariantViolation.js';
import { CLINIC_ROSTER } from '../../models/clinicRoster.js';
import type { ClinicStep } from '../../models/clinicStep.js';
import type { ClinicWorld } from '../../models/clinicWorld.js';
import type { CaseDetail } from '../../system/index.js';
import type { ClinicMemory } from './runClinicTrace.js';

/**
 * A nurse reading a case sees that case, where the model says it is, with the assessment it
 * was opened for and the patient's escalation if one is still unresolved: what they need to
 * judge it.
 */
export function checkCaseDetail(
  step: Extract<ClinicStep, { type: 'READ_CASE' }>,
  detail: CaseDetail,
  world: ClinicWorld,
  memory: ClinicMemory,
  i: number,
): void {
  const c = world.cases[step.case]!;
  const open = world.escalations.findIndex(
    (e) => e.patient === c.patient && e.state !== 'resolved',
  );
  const want = {
    id: memory.cases[step.case],
    status: c.state,
    assignee: c.assignee === null ? null : memory.actors[c.assignee]!.userId,
    assessment: detail.reviewCase?.assessmentId,
    acuity: c.acuity,
    escalation: open === -1 ? null : memory.escalations[open],
    patientName: CLINIC_ROSTER[c.patient]!.name,
    assigneeName: c.assignee === null ? null : CLINIC_ROSTER[c.assignee]!.name,
    deciderName: c.decision === null ? null : CLINIC_ROSTER[c.decision.by]!.name,
  };
  const got = {
    id: detail.reviewCase?.id,
    status: detail.reviewCase?.status,
    assignee: detail.reviewCase?.assignee,
    assessment: detail.assessment?.id,
    acuity: detail.assessment?.acuity,
    escalation: detail.escalation?.id ?? null,
    patientName: detail.names?.[detail.reviewCase?.patientId] ?? null,
    assigneeName: detail.reviewCase?.assignee
      ? (detail.names?.[detail.reviewCase.assignee] ?? '?')
      : null,
    deciderName: detail.reviewCase?.decision
      ? (detail.names?.[detail.reviewCase.decision.by] ?? '?')
      : null,
  };
  check(
    JSON.stringify(got) === JSON.stringify(want),
    '7',
    i,
    () => `k${step.case} reads as ${JSON.stringify(got)}, the model says ${JSON.stringify(want)}`,
    () => ({ expected: want, actual: got }),
  );
}
