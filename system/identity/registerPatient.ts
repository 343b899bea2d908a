import type { CommandOf } from '../domain/command.js';
import type { PatientId } from '../domain/patient.js';
import { err, ok } from '../domain/result.js';
import { DEFAULT_UNIT } from '../domain/unit.js';
import type { UserId } from '../domain/user.js';
import type { CommandContext } from '../kernel/CommandContext.js';
import type { Handled } from '../kernel/Handled.js';

/** Registers a patient (a user with the patient role); they are the actor of their sign-up. */
export function registerPatient(
  ctx: CommandContext,
  cmd: CommandOf<'registerPatient'>,
  passwordHash: string | null,
): Handled<{ patientId: PatientId }> {
  if (ctx.store.getUserByUsername(cmd.username, 'patient')) {
    const error = { code: 'username_taken', username: cmd.username } as const;
    return {
      result: err(error),
      action: 'C',
      entity: 'Patient/new',
      agent: 'anonymous',
      agentRole: 'patient',
    };
  }
  // Why a bug: the hash is skipped only for a name found taken, and users are never deleted.
  if (passwordHash === null) throw new Error('registerPatient of a free name without a hash');
  const id = ctx.ids.next('pat');
  ctx.store.insertUser({
    id: id as UserId,
    username: cmd.username,
    role: 'patient',
    displayName: cmd.displayName,
    passwordHash,
    createdAt: ctx.now,
    unit: cmd.unit ?? DEFAULT_UNIT,
  });
  ctx.store.insertPatient({
    id: id as PatientId,
    displayName: cmd.displayName,
    registeredAt: ctx.now,
    birthDate: cmd.birthDate ?? null,
  });
  return {
    result: ok({ patientId: id as PatientId }),
    action: 'C',
    entity: `Patient/${id}`,
    agent: id,
    agentRole: 'patient',
  };
}
