import { z } from 'zod';
import { PatientId } from './patient.js';

/** A conversation's id. */
export const ConversationId = z.string().min(1).max(64).brand<'ConversationId'>();
export type ConversationId = z.infer<typeof ConversationId>;

/** Whether a conversation still takes messages. */
export const ConversationStatus = z.enum(['active', 'closed']);
export type ConversationStatus = z.infer<typeof ConversationStatus>;

/** A patient's conversation with the assistant. */
export const Conversation = z.object({
  id: ConversationId,
  patientId: PatientId,
  status: ConversationStatus,
  openedAt: z.number().int(),
  closedAt: z.number().int().nullable(),
});
export type Conversation = z.infer<typeof Conversation>;
