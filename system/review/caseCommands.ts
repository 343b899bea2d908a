import type { CommandOf } from '../domain/command.js';
import type { CommandError } from '../domain/commandError.js';
import { err, ok } from '../domain/result.js';
import { type ReviewCase, TERMINAL_STATUSES } from '../domain/reviewCase.js';
import type { UserId } from '../domain/user.js';
import type { ActorContext } from '../kernel/CommandContext.js';
import type { Handled } from '../kernel/Handled.js';
import { unitOf } from '../records/unitOf.js';
import { unitActionRefusal } from '../records/unitRefusal.js';

type Answer = Handled<ReviewCase>;

const refuse = (error: CommandError, entity: string): Answer => ({
  result: err(error),
  action: 'U',
  entity,
});

function load(ctx: ActorContext, caseId: string): ReviewCase | CommandError {
  return (
    ctx.store.getCase(caseId as ReviewCase['id']) ?? { code: 'not_found', entity: `Case/${caseId}` }
  );
}

const isError = (value: ReviewCase | CommandError): value is CommandError => 'code' in value;

/** A nurse takes a pending case. */
export function claimCase(ctx: ActorContext, cmd: CommandOf<'claimCase'>): Answer {
  const entity = `Case/${cmd.caseId}`;
  const found = load(ctx, cmd.caseId);
  if (isError(found)) return refuse(found, entity);
  const otherUnit = unitActionRefusal(ctx, found.patientId, entity);
  if (otherUnit) return otherUnit;
  if (found.status !== 'pending')
    return refuse({ code: 'invalid_state', entity, status: found.status }, entity);
  const claimed: ReviewCase = { ...found, status: 'claimed', assignee: ctx.actor.userId };
  ctx.store.updateCase(claimed);
  return { result: ok(claimed), action: 'U', entity };
}

/** The assignee (or a charge nurse) puts a claimed case back in the queue. */
export function releaseCase(ctx: ActorContext, cmd: CommandOf<'releaseCase'>): Answer {
  const entity = `Case/${cmd.caseId}`;
  const found = load(ctx, cmd.caseId);
  if (isError(found)) return refuse(found, entity);
  const otherUnit = unitActionRefusal(ctx, found.patientId, entity);
  if (otherUnit) return otherUnit;
  if (found.status !== 'claimed')
    return refuse({ code: 'invalid_state', entity, status: found.status }, entity);
  if (found.assignee !== ctx.actor.userId && ctx.actor.role !== 'charge_nurse') {
    return refuse(
      { code: 'not_assigned', actor: ctx.actor.userId, entity, assignee: found.assignee },
      entity,
    );
  }
  const released: ReviewCase = { ...found, status: 'pending', assignee: null };
  ctx.store.updateCase(released);
  return { result: ok(released), action: 'U', entity };
}

/** A charge nurse gives an undecided case to a nurse; the previous assignee loses it. */
export function reassignCase(ctx: ActorContext, cmd: CommandOf<'reassignCase'>): Answer {
  const entity = `Case/${cmd.caseId}`;
  const found = load(ctx, cmd.caseId);
  if (isError(found)) return refuse(found, entity);
  const otherUnit = unitActionRefusal(ctx, found.patientId, entity);
  if (otherUnit) return otherUnit;
  if (TERMINAL_STATUSES.has(found.status))
    return refuse({ code: 'invalid_state', entity, status: found.status }, entity);
  const to = ctx.store.getUser(cmd.to);
  // Why a nurse of another unit reads as no nurse: the case's patient is not theirs to see.
  if (
    !to ||
    (to.role !== 'nurse' && to.role !== 'charge_nurse') ||
    unitOf(ctx.store, to.id) !== unitOf(ctx.store, found.patientId)
  ) {
    return refuse({ code: 'not_found', entity: `Nurse/${cmd.to}` }, entity);
  }
  const reassigned: ReviewCase = { ...found, status: 'claimed', assignee: to.id as UserId };
  ctx.store.updateCase(reassigned);
  return { result: ok(reassigned), action: 'U', entity };
}
