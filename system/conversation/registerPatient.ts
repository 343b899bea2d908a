import type { z } from 'zod';
import type { RegisterPatient } from '../domain/command.js';
import type { PatientId } from '../domain/patient.js';
import { ok } from '../domain/result.js';
import type { CommandContext } from '../kernel/CommandContext.js';
import type { Handled } from '../kernel/Handled.js';

/** Registers a patient; the new patient is the actor of their own sign-up. */
export function registerPatient(
  ctx: CommandContext,
  cmd: z.infer<typeof RegisterPatient>,
): Handled<{ patientId: PatientId }> {
  const id = ctx.ids.next('pat') as PatientId;
  ctx.store.insertPatient({ id, displayName: cmd.displayName, registeredAt: ctx.now });
  return { result: ok({ patientId: id }), action: 'C', entity: `Patient/${id}`, agent: id };
}
