import type { CommandError } from '../domain/commandError.js';
import type { Conversation, ConversationId } from '../domain/conversation.js';
import { err, ok, type Result } from '../domain/result.js';
import type { Actor } from '../domain/user.js';
import type { Store } from '../store/Store.js';

/**
 * Loads a conversation the actor owns. Another patient's conversation is refused as
 * forbidden, and audited as a denial.
 */
export function findOwnConversation(
  store: Store,
  actor: Actor,
  id: ConversationId,
  action: string,
): Result<Conversation, CommandError> {
  const conversation = store.getConversation(id);
  if (!conversation) return err({ code: 'not_found', entity: `Conversation/${id}` });
  if ((conversation.patientId as string) !== actor.userId) {
    return err({ code: 'forbidden', actor: actor.userId, action, entity: `Conversation/${id}` });
  }
  return ok(conversation);
}
