import { z } from 'zod';

/** A message text with what it was built to be: its class and the red flag put in it. */
export const StepText = z.object({
  text: z.string(),
  textClass: z.enum(['ok', 'empty', 'oversize', 'invalid_characters']),
  redFlag: z.string().nullable(),
});
export type StepText = z.infer<typeof StepText>;

/**
 * One step of a conversation-world trace. Patients and conversations are named by their
 * index in the run (p0, c0), never by system ids, so a stored trace replays on a new system.
 */
export const ConversationStep = z.discriminatedUnion('type', [
  z.object({ type: z.literal('START'), patient: z.number().int().min(0) }),
  z.object({
    type: z.literal('SEND_MESSAGE'),
    conversation: z.number().int().min(0),
    actor: z.number().int().min(0),
    text: StepText,
  }),
  z.object({
    type: z.literal('READ_HISTORY'),
    conversation: z.number().int().min(0),
    actor: z.number().int().min(0),
    afterSeq: z.number().int().min(0),
    limit: z.number().int().min(1).max(100),
  }),
  z.object({
    type: z.literal('CLOSE'),
    conversation: z.number().int().min(0),
    actor: z.number().int().min(0),
  }),
  z.object({ type: z.literal('ADVANCE_CLOCK'), ms: z.number().int().min(0) }),
  // A command the boundary must refuse whole, sent by a patient: its shape is the defect.
  z.object({ type: z.literal('MALFORMED'), actor: z.number().int().min(0), body: z.json() }),
]);
export type ConversationStep = z.infer<typeof ConversationStep>;
