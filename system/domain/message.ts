import { z } from 'zod';
import { ConversationId } from './conversation.js';

/** A message's id. */
export const MessageId = z.string().min(1).max(64).brand<'MessageId'>();
export type MessageId = z.infer<typeof MessageId>;

/** A symptom message as the patient sent it, byte for byte. */
export const Message = z.object({
  id: MessageId,
  conversationId: ConversationId,
  seq: z.number().int().positive(),
  text: z.string(),
  sentAt: z.number().int(),
});
export type Message = z.infer<typeof Message>;
