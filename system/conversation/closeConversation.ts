import type { CommandOf } from '../domain/command.js';
import type { ConversationId } from '../domain/conversation.js';
import { err, ok } from '../domain/result.js';
import type { ActorContext } from '../kernel/CommandContext.js';
import type { Handled } from '../kernel/Handled.js';
import { findOwnConversation } from './findOwnConversation.js';

/** Closes a conversation; closing a closed one is refused, so the first close time stands. */
export function closeConversation(
  ctx: ActorContext,
  cmd: CommandOf<'closeConversation'>,
): Handled<{ conversationId: ConversationId; closedAt: number }> {
  const entity = `Conversation/${cmd.conversationId}`;
  const found = findOwnConversation(ctx.store, ctx.actor, cmd.conversationId, 'close');
  if (!found.ok) return { result: found, action: 'U', entity };
  if (found.value.status === 'closed') {
    const error = { code: 'conversation_closed', conversationId: cmd.conversationId } as const;
    return { result: err(error), action: 'U', entity };
  }
  ctx.store.closeConversation(cmd.conversationId, ctx.now);
  return {
    result: ok({ conversationId: cmd.conversationId, closedAt: ctx.now }),
    action: 'U',
    entity,
  };
}
