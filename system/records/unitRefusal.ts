import type { CommandError } from '../domain/commandError.js';
import { err } from '../domain/result.js';
import type { ActorContext } from '../kernel/CommandContext.js';
import type { Handled } from '../kernel/Handled.js';
import { unitOf } from './unitOf.js';

/**
 * The refusal of a look at a patient of another unit than the actor's, audited as a denied
 * read of that patient's record (`Patient/<id>`); null when the patient is the actor's unit's.
 * Why only staff: the policy decides who reads a record at all; a unit narrows it for nurses.
 */
export function unitRefusal(ctx: ActorContext, patientId: string): Handled<never> | null {
  const role = ctx.actor.role;
  if (role !== 'nurse' && role !== 'charge_nurse') return null;
  if (unitOf(ctx.store, ctx.actor.userId) === unitOf(ctx.store, patientId)) return null;
  const entity = `Patient/${patientId}`;
  const error: CommandError = {
    code: 'forbidden',
    actor: ctx.actor.userId,
    action: 'patient.readOtherUnit',
    entity,
  };
  return { result: err(error), action: 'R', entity };
}
