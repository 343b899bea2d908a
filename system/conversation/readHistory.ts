import type { CommandOf } from '../domain/command.js';
import type { Message } from '../domain/message.js';
import { ok } from '../domain/result.js';
import type { ActorContext } from '../kernel/CommandContext.js';
import type { Handled } from '../kernel/Handled.js';
import { type PatientReply, patientReply } from '../review/patientReply.js';
import { findOwnConversation } from './findOwnConversation.js';

/** A message and the reply the patient sees to it. */
export interface HistoryEntry {
  message: Message;
  reply: PatientReply | null;
}

/** A page of history and where the next one starts (null at the end). */
export interface HistoryPage {
  items: HistoryEntry[];
  nextAfterSeq: number | null;
}

/** Reads a page of a conversation's history; reading is audited as health data access. */
export function readHistory(
  ctx: ActorContext,
  cmd: CommandOf<'readHistory'>,
): Handled<HistoryPage> {
  const entity = `Conversation/${cmd.conversationId}`;
  const found = findOwnConversation(ctx.store, ctx.actor, cmd.conversationId, 'read');
  if (!found.ok) return { result: found, action: 'R', entity };
  // Why limit + 1: one extra row tells whether another page exists without a count query.
  const rows = ctx.store.listHistory(cmd.conversationId, cmd.afterSeq, cmd.limit + 1);
  const items = rows.slice(0, cmd.limit).map(({ message, assessment }) => ({
    message,
    reply:
      assessment &&
      // Why acuity alone: a red-flag hit sets acuity 1 or 2, and every acuity of 2 or less
      // raised an escalation when it was sent.
      patientReply(
        assessment,
        ctx.store.caseForAssessment(assessment.id),
        assessment.acuity <= 2,
        (id) => ctx.store.getUser(id as never)?.displayName,
      ),
  }));
  const nextAfterSeq = rows.length > cmd.limit ? items[items.length - 1]!.message.seq : null;
  return { result: ok({ items, nextAfterSeq }), action: 'R', entity };
}
