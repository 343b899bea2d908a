import { CLINIC_ROSTER } from './clinicRoster.js';
import type { CaseDecision, ClinicWorld } from './clinicWorld.js';

/**
 * A notification the clinic model says a step sends, to one actor (by roster index), with the
 * fields its body must carry in the model's terms: escalations and cases by index, deadlines
 * as time since the start of the run.
 */
export type ClinicNotice =
  | {
      to: number;
      kind: 'escalation.raised' | 'escalation.reEscalated';
      escalation: number;
      acuity: number;
      ackDeadline: number;
    }
  | { to: number; kind: 'escalation.acknowledged'; escalation: number; by: number }
  | { to: number; kind: 'escalation.resolved'; escalation: number }
  | { to: number; kind: 'escalation.lowered'; escalation: number; acuity: number }
  | { to: number; kind: 'case.created'; case: number; acuity: number }
  | { to: number; kind: 'case.decided'; case: number; decision: CaseDecision };

const withRole = (roles: readonly string[]): number[] =>
  CLINIC_ROSTER.flatMap((a, i) => (roles.includes(a.role) ? [i] : []));

/** Who hears of every new or more urgent escalation, and of every new case: all nursing staff. */
export const NURSING_STAFF = withRole(['nurse', 'charge_nurse']);
/** Who an escalation goes to when its acknowledgement SLA expires. */
export const CHARGE_NURSES = withRole(['charge_nurse']);

/**
 * The notifications a step sends, read off the change it made to the world: no emergency is
 * lost, so every escalation raised or made more urgent by triage reaches every nurse and
 * charge nurse, and every expired SLA reaches the charge nurses again; every acknowledgement,
 * resolution and lowering reaches the nursing staff too, so that every open board shows who
 * took an emergency without a reload; every new case reaches
 * the nursing staff, and every decision the patient whose case it was.
 */
export function clinicNotices(before: ClinicWorld, after: ClinicWorld): ClinicNotice[] {
  const notices: ClinicNotice[] = [];
  if (before === after) return notices;
  after.escalations.forEach((e, escalation) => {
    const was = before.escalations[escalation];
    const body = { escalation, acuity: e.acuity, ackDeadline: e.deadline };
    const raised =
      was === undefined ||
      (e.history.length > was.history.length && e.history.at(-1)?.by === 'triage');
    if (raised)
      for (const to of NURSING_STAFF) notices.push({ to, kind: 'escalation.raised', ...body });
    if (was !== undefined && e.reEscalations > was.reEscalations)
      for (const to of CHARGE_NURSES) notices.push({ to, kind: 'escalation.reEscalated', ...body });
    if (was === undefined) return;
    if (was.acknowledger === null && e.acknowledger !== null)
      for (const to of NURSING_STAFF)
        notices.push({ to, kind: 'escalation.acknowledged', escalation, by: e.acknowledger });
    if (was.state !== 'resolved' && e.state === 'resolved')
      for (const to of NURSING_STAFF) notices.push({ to, kind: 'escalation.resolved', escalation });
    const lowered = e.history.length > was.history.length && e.history.at(-1)?.by !== 'triage';
    if (lowered)
      for (const to of NURSING_STAFF)
        notices.push({ to, kind: 'escalation.lowered', escalation, acuity: e.acuity });
  });
  after.cases.forEach((c, k) => {
    const was = before.cases[k];
    if (was === undefined)
      for (const to of NURSING_STAFF)
        notices.push({ to, kind: 'case.created', case: k, acuity: c.acuity });
    if (c.decision !== null && !was?.decision)
      notices.push({ to: c.patient, kind: 'case.decided', case: k, decision: c.decision });
  });
  return notices;
}
