import { z } from 'zod';
import { ConversationId } from '../conversation.js';
import { authenticated } from './envelope.js';

/** Opens a conversation for the signed-in patient. */
export const StartConversation = z.object({
  type: z.literal('startConversation'),
  ...authenticated,
});

/** Sends a symptom message; the answer carries the patient's reply. */
export const SendMessage = z.object({
  type: z.literal('sendMessage'),
  conversationId: ConversationId,
  // Why no length limit here: size and content are domain rules with their own typed errors.
  text: z.string(),
  ...authenticated,
});

/** Reads a page of history after message `afterSeq`. */
export const ReadHistory = z.object({
  type: z.literal('readHistory'),
  conversationId: ConversationId,
  afterSeq: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(100).default(20),
  ...authenticated,
});

/** Closes a conversation; a closed one keeps its history and takes no messages. */
export const CloseConversation = z.object({
  type: z.literal('closeConversation'),
  conversationId: ConversationId,
  ...authenticated,
});
