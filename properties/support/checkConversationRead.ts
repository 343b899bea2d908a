import { check } from '../../harness/InvariantViolation.js';
import { CLINIC_ROSTER, MESSAGE_ACUITY } from '../../models/clinicRoster.js';
import type { ClinicStep } from '../../models/clinicStep.js';
import type { ClinicWorld } from '../../models/clinicWorld.js';
import type { PatientConversation, System } from '../../system/index.js';
import { CLINIC_TEXTS } from './clinicTexts.js';
import type { ClinicMemory } from './runClinicTrace.js';

/**
 * A nurse reading the conversation behind a case or escalation sees that patient by name and
 * every message they sent, in order, word for word, at the time sent and the acuity triage
 * gave it; and the read is audited as a read of that patient's record (FHIR BALP PatientRead).
 */
export function checkConversationRead(
  system: System,
  step: Extract<ClinicStep, { type: 'READ_CONVERSATION' }>,
  read: PatientConversation,
  world: ClinicWorld,
  memory: ClinicMemory,
  start: number,
  i: number,
): void {
  const about = step.about === 'case' ? world.cases : world.escalations;
  const patient = about[step.index]!.patient;
  const userId = memory.actors[patient]!.userId;
  const want = {
    // The clinic's patients gave no date of birth at sign-up: their age is not known.
    patient: { id: userId, name: CLINIC_ROSTER[patient]!.name, age: null },
    conversationId: memory.conversations.get(patient),
    status: 'active',
    messages: (world.messages[patient] ?? []).map((m, k) => ({
      seq: k + 1,
      text: CLINIC_TEXTS[m.kind],
      sentAt: start + m.at,
      acuity: MESSAGE_ACUITY[m.kind],
    })),
  };
  check(
    JSON.stringify(read) === JSON.stringify(want),
    'record',
    i,
    () =>
      `the conversation reads as ${JSON.stringify(read)}, the model says ${JSON.stringify(want)}`,
    () => ({ expected: want, actual: read }),
  );
  const audit = system.lastAuditEvent();
  check(
    audit?.action === 'R' && audit.entity.what === `Patient/${userId}`,
    'record',
    i,
    () =>
      `the read was audited as ${audit?.action} of ${audit?.entity.what}, not R of Patient/${userId}`,
  );
}
