import type { z } from 'zod';
import type { StartConversation } from '../domain/command.js';
import type { ConversationId } from '../domain/conversation.js';
import { err, ok } from '../domain/result.js';
import type { CommandContext } from '../kernel/CommandContext.js';
import type { Handled } from '../kernel/Handled.js';

/** Opens a conversation for the acting patient. */
export function startConversation(
  ctx: CommandContext,
  cmd: z.infer<typeof StartConversation>,
): Handled<{ conversationId: ConversationId }> {
  if (!ctx.store.getPatient(cmd.actor)) {
    const entity = `Patient/${cmd.actor}`;
    return { result: err({ code: 'not_found', entity }), action: 'C', entity };
  }
  const id = ctx.ids.next('conv') as ConversationId;
  ctx.store.insertConversation({
    id,
    patientId: cmd.actor,
    status: 'active',
    openedAt: ctx.now,
    closedAt: null,
  });
  return { result: ok({ conversationId: id }), action: 'C', entity: `Conversation/${id}` };
}
