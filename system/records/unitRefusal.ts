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
  if (sameUnit(ctx, patientId)) return null;
  const entity = `Patient/${patientId}`;
  const error: CommandError = {
    code: 'forbidden',
    actor: ctx.actor.userId,
    action: 'patient.readOtherUnit',
    entity,
  };
  return { result: err(error), action: 'R', entity };
}

/**
 * The refusal of a change to a case or an escalation (`entity`) of a patient of another unit;
 * null when the actor may act on it. Why refused, though the id was guessed or kept: a nurse of
 * another unit who claims a case or acknowledges an emergency stops the SLA clock for the
 * staff who are told of it, while nobody who can see it acts.
 */
export function unitActionRefusal(
  ctx: ActorContext,
  patientId: string,
  entity: string,
): Handled<never> | null {
  if (sameUnit(ctx, patientId)) return null;
  const error: CommandError = {
    code: 'forbidden',
    actor: ctx.actor.userId,
    action: 'patient.actOtherUnit',
    entity,
  };
  return { result: err(error), action: 'U', entity };
}

function sameUnit(ctx: ActorContext, patientId: string): boolean {
  const role = ctx.actor.role;
  if (role !== 'nurse' && role !== 'charge_nurse') return true;
  return unitOf(ctx.store, ctx.actor.userId) === unitOf(ctx.store, patientId);
}
