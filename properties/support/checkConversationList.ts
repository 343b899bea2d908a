import { check } from '../../harness/InvariantViolation.js';
import type { ClinicWorld } from '../../models/clinicWorld.js';
import type { ConversationSummary } from '../../system/index.js';
import type { ClinicMemory } from './runClinicTrace.js';

/**
 * A patient's list of conversations (what any device shows after sign-in) is their own one
 * conversation of the run, open since the start, with every message they sent.
 */
export function checkConversationList(
  list: readonly ConversationSummary[],
  world: ClinicWorld,
  patient: number,
  memory: ClinicMemory,
  i: number,
): void {
  const want = [
    {
      id: memory.conversations.get(patient),
      patientId: memory.actors[patient]!.userId,
      status: 'active',
      closedAt: null,
      messages: world.messages[patient]?.length ?? 0,
    },
  ];
  const got = list.map((c) => ({
    id: c.id,
    patientId: c.patientId,
    status: c.status,
    closedAt: c.closedAt,
    messages: c.messages,
  }));
  check(
    JSON.stringify(got) === JSON.stringify(want),
    'record',
    i,
    () =>
      `the conversations listed are ${JSON.stringify(got)}, the model says ${JSON.stringify(want)}`,
  );
}
