import type { Conversation } from '../domain/conversation.js';
import { ok } from '../domain/result.js';
import type { ActorContext } from '../kernel/CommandContext.js';
import type { Handled } from '../kernel/Handled.js';

/** A patient's conversation as their list shows it. */
export type ConversationSummary = Conversation & { messages: number };

/**
 * The signed-in patient's own conversations, newest first: what any device shows after
 * sign-in, so that a nurse's reply is never lost with a closed tab.
 */
export function listConversations(
  ctx: ActorContext,
): Handled<{ conversations: ConversationSummary[] }> {
  const conversations = ctx.store.conversationsOf(ctx.actor.userId as never);
  return {
    result: ok({ conversations }),
    action: 'R',
    entity: `Patient/${ctx.actor.userId}/Conversations`,
  };
}
