import type { Assessment, AssessmentId } from '../domain/assessment.js';
import type { CommandOf } from '../domain/command.js';
import type { CommandError } from '../domain/commandError.js';
import type { EscalationId } from '../domain/escalation.js';
import type { MessageId } from '../domain/message.js';
import { err, ok } from '../domain/result.js';
import type { CaseId } from '../domain/reviewCase.js';
import { notifyStaff } from '../escalation/notifyStaff.js';
import { raiseEscalation } from '../escalation/raiseEscalation.js';
import type { ActorContext } from '../kernel/CommandContext.js';
import type { Handled } from '../kernel/Handled.js';
import type { Prepared } from '../kernel/Prepared.js';
import { type PatientReply, patientReply } from '../review/patientReply.js';
import { findOwnConversation } from './findOwnConversation.js';
import { messageViolation } from './messageLimits.js';

/** The answer to a message: what was stored, and the reply the patient sees. */
export interface MessageSent {
  messageId: MessageId;
  seq: number;
  assessmentId: AssessmentId;
  escalationId: EscalationId | null;
  caseId: CaseId | null;
  reply: PatientReply;
}

/**
 * Stores a message with its triage, raises the conversation's escalation for an emergency,
 * and opens a review case for a recommendation that needs a nurse, all in the caller's
 * transaction. The triage was made before (the model is slow), so the conversation's state is
 * checked again here: it may have closed meanwhile.
 */
export function sendMessage(
  ctx: ActorContext,
  cmd: CommandOf<'sendMessage'>,
  { triage, emergencyAdvice }: Prepared,
): Handled<MessageSent> {
  const entity = `Conversation/${cmd.conversationId}`;
  const refuse = (error: CommandError): Handled<MessageSent> => ({
    result: err(error),
    action: 'C',
    entity,
    ...(emergencyAdvice === null ? {} : { emergencyAdvice }),
  });
  const found = findOwnConversation(ctx.store, ctx.actor, cmd.conversationId, 'send');
  if (!found.ok) return refuse(found.error);
  if (found.value.status === 'closed') {
    return refuse({ code: 'conversation_closed', conversationId: cmd.conversationId });
  }
  const violation = messageViolation(cmd.text);
  if (violation !== null) return refuse({ code: violation });
  // Why throw: preparation triages every message within the limits; a missing triage is a bug.
  // Stryker disable next-line ConditionalExpression,StringLiteral: preparation triages every message within the limits; this guards a bug to come
  if (triage === null) throw new Error(`message to ${cmd.conversationId} was not triaged`);

  const messageId = ctx.ids.next('msg') as MessageId;
  const seq = ctx.store.lastMessageSeq(cmd.conversationId) + 1;
  ctx.store.insertMessage({
    id: messageId,
    conversationId: cmd.conversationId,
    seq,
    text: cmd.text,
    sentAt: ctx.now,
  });
  const { escalate, disposition: _, ...fields } = triage;
  // Why no parse: every field is already typed; schemas guard the boundaries, not the core.
  const assessment: Assessment = {
    ...fields,
    id: ctx.ids.next('asmt') as AssessmentId,
    conversationId: cmd.conversationId,
    messageId,
    assessedAt: ctx.now,
  };
  ctx.store.insertAssessment(assessment);
  const escalation = escalate ? raiseEscalation(ctx, assessment, ctx.actor.userId) : null;
  let caseId: CaseId | null = null;
  if (assessment.needsReview) {
    caseId = ctx.ids.next('case') as CaseId;
    ctx.store.insertCase({
      id: caseId,
      assessmentId: assessment.id,
      conversationId: cmd.conversationId,
      patientId: ctx.actor.userId,
      acuity: assessment.acuity,
      status: 'pending',
      assignee: null,
      createdAt: ctx.now,
      decision: null,
    });
    notifyStaff(
      ctx,
      ['nurse', 'charge_nurse'],
      'case.created',
      {
        caseId,
        acuity: assessment.acuity,
      },
      ctx.actor.userId,
    );
  }
  const reply = patientReply(assessment, undefined, escalation !== null);
  return {
    result: ok({
      messageId,
      seq,
      assessmentId: assessment.id,
      escalationId: escalation?.id ?? null,
      caseId,
      reply,
    }),
    action: 'C',
    entity,
  };
}
