import type { Acuity } from '../domain/acuity.js';
import type { CommandOf } from '../domain/command.js';
import type { ConversationId, ConversationStatus } from '../domain/conversation.js';
import type { Message } from '../domain/message.js';
import { err, ok } from '../domain/result.js';
import type { ActorContext } from '../kernel/CommandContext.js';
import type { Handled } from '../kernel/Handled.js';
import { agesOf } from './agesOf.js';
import { unitRefusal } from './unitRefusal.js';

/** How many messages a nurse's read of a conversation returns at most (the newest). */
export const CONVERSATION_READ_LIMIT = 500;

/** The conversation behind a case or escalation, as a nurse reads it. */
export interface PatientConversation {
  patient: { id: string; name: string; age: number | null };
  conversationId: ConversationId;
  status: ConversationStatus;
  /** Every message, oldest first, with the acuity triage gave it. */
  messages: Array<Pick<Message, 'seq' | 'text' | 'sentAt'> & { acuity: Acuity | null }>;
}

/**
 * Reads the patient's conversation behind a case or an escalation. Audited as a read of the
 * patient's record (entity `Patient/<id>`, after FHIR BALP "PatientRead"), so that every look
 * at a patient's words can be traced to a nurse. The policy decides who may; a nurse or charge
 * nurse reads only the patients of their own unit (a refusal is audited as a denied read of
 * the same record).
 */
export function readConversation(
  ctx: ActorContext,
  cmd: CommandOf<'readConversation'>,
): Handled<PatientConversation> {
  const about =
    'caseId' in cmd.about
      ? { entity: `Case/${cmd.about.caseId}`, record: ctx.store.getCase(cmd.about.caseId) }
      : {
          entity: `Escalation/${cmd.about.escalationId}`,
          record: ctx.store.getEscalation(cmd.about.escalationId),
        };
  if (!about.record)
    return {
      result: err({ code: 'not_found', entity: about.entity }),
      action: 'R',
      entity: about.entity,
    };
  const conversation = ctx.store.getConversation(about.record.conversationId);
  // Stryker disable next-line ConditionalExpression,StringLiteral: a case or escalation is created inside its conversation; only a corrupted store lacks it
  if (!conversation) throw new Error(`${about.entity} has no conversation`);
  const patientId = conversation.patientId as string;
  const refused = unitRefusal(ctx, patientId);
  if (refused) return refused;
  const entity = `Patient/${patientId}`;
  const last = ctx.store.lastMessageSeq(conversation.id);
  const rows = ctx.store.listHistory(
    conversation.id,
    Math.max(0, last - CONVERSATION_READ_LIMIT),
    CONVERSATION_READ_LIMIT,
  );
  const value: PatientConversation = {
    patient: {
      id: patientId,
      name: ctx.store.getPatient(conversation.patientId)?.displayName ?? '',
      age: agesOf(ctx.store, [patientId], ctx.now)[patientId] ?? null,
    },
    conversationId: conversation.id,
    status: conversation.status,
    messages: rows.map(({ message, assessment }) => ({
      seq: message.seq,
      text: message.text,
      sentAt: message.sentAt,
      acuity: assessment?.acuity ?? null,
    })),
  };
  return { result: ok(value), action: 'R', entity };
}
