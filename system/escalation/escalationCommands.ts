import type { CommandOf } from '../domain/command.js';
import type { CommandError } from '../domain/commandError.js';
import type { Escalation } from '../domain/escalation.js';
import { err, ok } from '../domain/result.js';
import type { ActorContext, CommandContext } from '../kernel/CommandContext.js';
import type { Handled } from '../kernel/Handled.js';
import { unitActionRefusal } from '../records/unitRefusal.js';
import { ackDeadline } from './ackDeadline.js';
import { notifyStaff } from './notifyStaff.js';

type Answer = Handled<Escalation>;

const refuse = (error: CommandError, entity: string): Answer => ({
  result: err(error),
  action: 'U',
  entity,
});

/** A nurse takes an open escalation on; a second acknowledgement finds it taken. */
export function acknowledgeEscalation(
  ctx: ActorContext,
  cmd: CommandOf<'acknowledgeEscalation'>,
): Answer {
  const entity = `Escalation/${cmd.escalationId}`;
  const escalation = ctx.store.getEscalation(cmd.escalationId);
  if (!escalation) return refuse({ code: 'not_found', entity }, entity);
  const otherUnit = unitActionRefusal(ctx, escalation.patientId, entity);
  if (otherUnit) return otherUnit;
  if (escalation.status !== 'open')
    return refuse({ code: 'invalid_state', entity, status: escalation.status }, entity);
  const acknowledged: Escalation = {
    ...escalation,
    status: 'acknowledged',
    acknowledgedBy: ctx.actor.userId,
    acknowledgedAt: ctx.now,
  };
  ctx.store.updateEscalation(acknowledged);
  // Why every nurse: a board open elsewhere must stop asking for an emergency already taken.
  notifyStaff(
    ctx,
    ['nurse', 'charge_nurse'],
    'escalation.acknowledged',
    {
      escalationId: acknowledged.id,
      acknowledgedBy: ctx.actor.userId,
      acknowledgedByName: ctx.store.getUser(ctx.actor.userId)?.displayName ?? '',
      acknowledgedAt: ctx.now,
    },
    escalation.patientId,
  );
  return { result: ok(acknowledged), action: 'U', entity };
}

/** The acknowledging nurse, or a charge nurse, closes an acknowledged escalation. */
export function resolveEscalation(ctx: ActorContext, cmd: CommandOf<'resolveEscalation'>): Answer {
  const entity = `Escalation/${cmd.escalationId}`;
  const escalation = ctx.store.getEscalation(cmd.escalationId);
  if (!escalation) return refuse({ code: 'not_found', entity }, entity);
  const otherUnit = unitActionRefusal(ctx, escalation.patientId, entity);
  if (otherUnit) return otherUnit;
  if (escalation.status !== 'acknowledged') {
    return refuse({ code: 'invalid_state', entity, status: escalation.status }, entity);
  }
  if (escalation.acknowledgedBy !== ctx.actor.userId && ctx.actor.role !== 'charge_nurse') {
    const error = {
      code: 'not_assigned',
      actor: ctx.actor.userId,
      entity,
      assignee: escalation.acknowledgedBy,
    } as const;
    return refuse(error, entity);
  }
  const resolved: Escalation = { ...escalation, status: 'resolved', resolvedAt: ctx.now };
  ctx.store.updateEscalation(resolved);
  notifyStaff(
    ctx,
    ['nurse', 'charge_nurse'],
    'escalation.resolved',
    {
      escalationId: resolved.id,
      resolvedAt: ctx.now,
    },
    escalation.patientId,
  );
  return { result: ok(resolved), action: 'U', entity };
}

/** A nurse makes an escalation less urgent, recording why; making it more urgent is not this. */
export function deescalate(ctx: ActorContext, cmd: CommandOf<'deescalate'>): Answer {
  const entity = `Escalation/${cmd.escalationId}`;
  const escalation = ctx.store.getEscalation(cmd.escalationId);
  if (!escalation) return refuse({ code: 'not_found', entity }, entity);
  const otherUnit = unitActionRefusal(ctx, escalation.patientId, entity);
  if (otherUnit) return otherUnit;
  if (escalation.status === 'resolved' || cmd.acuity <= escalation.acuity) {
    return refuse(
      {
        code: 'invalid_state',
        entity,
        status: `${escalation.status} at acuity ${escalation.acuity}`,
      },
      entity,
    );
  }
  const change = {
    at: ctx.now,
    from: escalation.acuity,
    to: cmd.acuity,
    by: ctx.actor.userId,
    reason: cmd.reason,
  };
  const lowered: Escalation = {
    ...escalation,
    acuity: cmd.acuity,
    history: [...escalation.history, change],
  };
  ctx.store.updateEscalation(lowered);
  notifyStaff(
    ctx,
    ['nurse', 'charge_nurse'],
    'escalation.lowered',
    {
      escalationId: lowered.id,
      acuity: lowered.acuity,
    },
    escalation.patientId,
  );
  return { result: ok(lowered), action: 'U', entity };
}

/**
 * Fires every acknowledgement SLA that has expired: the escalation goes to the charge nurse
 * with a new deadline, and keeps going back to them until someone acknowledges it.
 */
export function runDueTimers(ctx: CommandContext): Handled<{ reEscalated: string[] }> {
  const reEscalated: string[] = [];
  for (const escalation of ctx.store.dueEscalations(ctx.now)) {
    const deadline = ackDeadline(ctx, escalation.acuity);
    ctx.store.updateEscalation({
      ...escalation,
      level: 'charge_nurse',
      reEscalations: escalation.reEscalations + 1,
      ackDeadline: deadline,
    });
    notifyStaff(
      ctx,
      ['charge_nurse'],
      'escalation.reEscalated',
      {
        escalationId: escalation.id,
        acuity: escalation.acuity,
        ackDeadline: deadline,
      },
      escalation.patientId,
    );
    reEscalated.push(escalation.id);
  }
  return {
    result: ok({ reEscalated }),
    action: 'E',
    entity: 'Timers/ackSla',
    agent: 'system',
    agentRole: 'system',
  };
}
