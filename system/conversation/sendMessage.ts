import type { z } from 'zod';
import type { Assessment, AssessmentId } from '../domain/assessment.js';
import type { SendMessage } from '../domain/command.js';
import type { CommandError } from '../domain/commandError.js';
import type { EscalationId } from '../domain/escalation.js';
import type { MessageId } from '../domain/message.js';
import { err, ok } from '../domain/result.js';
import type { Prepared } from '../kernel/applyCommand.js';
import type { CommandContext } from '../kernel/CommandContext.js';
import type { Handled } from '../kernel/Handled.js';
import { findOwnConversation } from './findOwnConversation.js';
import { messageViolation } from './messageLimits.js';

/** The answer to a message: what was stored, the assessment, and the escalation if raised. */
export interface MessageSent {
  messageId: MessageId;
  seq: number;
  assessment: Assessment;
  escalationId: EscalationId | null;
}

/**
 * Stores a message with its triage, and raises an escalation for an emergency, all in the
 * caller's transaction. The triage was made before the transaction (the model is slow), so
 * the conversation's state is checked again here: it may have closed meanwhile.
 */
export function sendMessage(
  ctx: CommandContext,
  cmd: z.infer<typeof SendMessage>,
  { triage, emergencyAdvice }: Prepared,
): Handled<MessageSent> {
  const entity = `Conversation/${cmd.conversationId}`;
  const refuse = (error: CommandError): Handled<MessageSent> => ({
    result: err(error),
    action: 'C',
    entity,
    ...(emergencyAdvice === null ? {} : { emergencyAdvice }),
  });
  const found = findOwnConversation(ctx.store, cmd.actor, cmd.conversationId, 'send');
  if (!found.ok) return refuse(found.error);
  if (found.value.status === 'closed') {
    return refuse({ code: 'conversation_closed', conversationId: cmd.conversationId });
  }
  const violation = messageViolation(cmd.text);
  if (violation !== null || triage === null) {
    return refuse({ code: violation ?? 'message_empty' });
  }

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
  let escalationId: EscalationId | null = null;
  if (escalate) {
    escalationId = ctx.ids.next('esc') as EscalationId;
    ctx.store.insertEscalation({
      id: escalationId,
      conversationId: cmd.conversationId,
      assessmentId: assessment.id,
      acuity: assessment.acuity,
      status: 'open',
      raisedAt: ctx.now,
    });
  }
  return { result: ok({ messageId, seq, assessment, escalationId }), action: 'C', entity };
}
