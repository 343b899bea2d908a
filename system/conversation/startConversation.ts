import type { CommandOf } from '../domain/command.js';
import type { ConversationId } from '../domain/conversation.js';
import type { PatientId } from '../domain/patient.js';
import { err, ok } from '../domain/result.js';
import type { ActorContext } from '../kernel/CommandContext.js';
import type { Handled } from '../kernel/Handled.js';

/** Opens a conversation for the signed-in patient. */
export function startConversation(
  ctx: ActorContext,
  _cmd: CommandOf<'startConversation'>,
): Handled<{ conversationId: ConversationId }> {
  const patientId = ctx.actor.userId as string as PatientId;
  // Stryker disable all: unreachable without a corrupted store: only a patient may start a conversation (the policy), and every patient has their patient row
  if (!ctx.store.getPatient(patientId)) {
    const entity = `Patient/${patientId}`;
    return { result: err({ code: 'not_found', entity }), action: 'C', entity };
  }
  // Stryker restore all
  const id = ctx.ids.next('conv') as ConversationId;
  ctx.store.insertConversation({
    id,
    patientId,
    status: 'active',
    openedAt: ctx.now,
    closedAt: null,
  });
  return { result: ok({ conversationId: id }), action: 'C', entity: `Conversation/${id}` };
}
