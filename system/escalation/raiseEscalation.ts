import type { Acuity } from '../domain/acuity.js';
import type { Assessment } from '../domain/assessment.js';
import type { Escalation, EscalationId } from '../domain/escalation.js';
import type { CommandContext } from '../kernel/CommandContext.js';
import { complaintOf } from '../records/complaintOf.js';
import { ackDeadline } from './ackDeadline.js';
import { notifyStaff } from './notifyStaff.js';

/**
 * Raises the conversation's escalation for an emergency assessment: a new one, or the open
 * one made more urgent. Urgency only ever rises here; nurses are notified of every rise, and
 * an unacknowledged escalation's deadline tightens to the new acuity's SLA if that is sooner.
 */
export function raiseEscalation(
  ctx: CommandContext,
  assessment: Assessment,
  patientId: string,
): Escalation {
  const acuity = Math.min(assessment.acuity, 2) as Acuity;
  const open = ctx.store.openEscalationFor(assessment.conversationId);
  if (open) {
    if (acuity >= open.acuity) return open;
    // Why tighten: an emergency now at acuity 1 must be acknowledged within acuity 1's SLA,
    // not the looser one it was raised with; an acknowledged one has no deadline left to keep.
    const deadline =
      open.status === 'open'
        ? Math.min(open.ackDeadline, ackDeadline(ctx, acuity))
        : open.ackDeadline;
    const raised: Escalation = {
      ...open,
      acuity,
      ackDeadline: deadline,
      history: [
        ...open.history,
        {
          at: ctx.now,
          from: open.acuity,
          to: acuity,
          by: 'triage',
          reason: `assessment ${assessment.id}`,
        },
      ],
    };
    ctx.store.updateEscalation(raised);
    notifyStaff(
      ctx,
      ['nurse', 'charge_nurse'],
      'escalation.raised',
      raisedBody(ctx, raised),
      patientId,
    );
    return raised;
  }
  const escalation: Escalation = {
    id: ctx.ids.next('esc') as EscalationId,
    conversationId: assessment.conversationId,
    assessmentId: assessment.id,
    patientId,
    acuity,
    status: 'open',
    level: 'nurses',
    raisedAt: ctx.now,
    ackDeadline: ackDeadline(ctx, acuity),
    reEscalations: 0,
    acknowledgedBy: null,
    acknowledgedAt: null,
    resolvedAt: null,
    history: [],
  };
  ctx.store.insertEscalation(escalation);
  notifyStaff(
    ctx,
    ['nurse', 'charge_nurse'],
    'escalation.raised',
    raisedBody(ctx, escalation),
    patientId,
  );
  return escalation;
}

/**
 * What a board needs to draw the emergency's card at once, before it reads the board again:
 * who, how urgent, by when, since when and what they wrote.
 */
function raisedBody(ctx: CommandContext, e: Escalation) {
  return {
    escalationId: e.id,
    acuity: e.acuity,
    ackDeadline: e.ackDeadline,
    raisedAt: e.raisedAt,
    status: e.status,
    patientId: e.patientId,
    patientName: ctx.store.getUser(e.patientId as never)?.displayName ?? '',
    complaint: complaintOf(ctx.store, e.assessmentId),
  };
}
