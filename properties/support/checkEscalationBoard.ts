import { check } from '../../harness/InvariantViolation.js';
import { CLINIC_ROSTER, COMPLAINT_PREVIEW_CHARS } from '../../models/clinicRoster.js';
import type { ClinicWorld } from '../../models/clinicWorld.js';
import type { EscalationBoardView } from '../../system/index.js';
import { CLINIC_TEXTS } from './clinicTexts.js';
import type { ClinicMemory } from './runClinicTrace.js';

const STATUS: Record<string, { status: string; level: string | null }> = {
  'open.nurses': { status: 'open', level: 'nurses' },
  'open.chargeNurse': { status: 'open', level: 'charge_nurse' },
  acknowledged: { status: 'acknowledged', level: null },
};

/**
 * The escalations board lists exactly the escalations not resolved, most urgent first, then
 * the earliest deadline (the most overdue), then the first raised; each as the model holds it,
 * with the patient's and acknowledger's names and the complaint that raised it.
 */
export function checkEscalationBoard(
  board: EscalationBoardView,
  world: ClinicWorld,
  memory: ClinicMemory,
  start: number,
  i: number,
): void {
  const open = world.escalations
    .map((e, index) => ({ e, index }))
    .filter(({ e }) => e.state !== 'resolved')
    .sort((a, b) => a.e.acuity - b.e.acuity || a.e.deadline - b.e.deadline || a.index - b.index);
  const name = (actor: number) => CLINIC_ROSTER[actor]!.name;
  const want = open.map(({ e, index }) => ({
    id: memory.escalations[index],
    acuity: e.acuity,
    ...STATUS[e.state]!,
    ackDeadline: start + e.deadline,
    reEscalations: e.reEscalations,
    patient: name(e.patient),
    acknowledgedBy: e.acknowledger === null ? null : name(e.acknowledger),
    complaint: CLINIC_TEXTS[e.kind].slice(0, COMPLAINT_PREVIEW_CHARS),
  }));
  const got = board.escalations.map((e) => ({
    id: e.id,
    acuity: e.acuity,
    status: e.status,
    level: e.status === 'open' ? e.level : null,
    ackDeadline: e.ackDeadline,
    reEscalations: e.reEscalations,
    patient: board.names[e.patientId] ?? null,
    acknowledgedBy: e.acknowledgedBy === null ? null : (board.names[e.acknowledgedBy] ?? '?'),
    complaint: board.complaints[e.id] ?? null,
  }));
  check(
    JSON.stringify(got) === JSON.stringify(want),
    'board',
    i,
    () =>
      `the escalations board shows ${JSON.stringify(got)}, the model says ${JSON.stringify(want)}`,
    () => ({ expected: want, actual: got }),
  );
}
