import { z } from 'zod';
import { ConversationId } from './conversation.js';
import { PatientId } from './patient.js';

const envelope = {
  /** Ties the command to its audit event and to the request that carried it. */
  correlationId: z.string().min(1).max(128).optional(),
  /** A retry with the same key returns the first answer and changes nothing. */
  idempotencyKey: z.string().min(1).max(128).optional(),
};

/** Registers a patient (self sign-up). */
export const RegisterPatient = z.object({
  type: z.literal('registerPatient'),
  displayName: z.string().trim().min(1).max(100),
  ...envelope,
});

/** Opens a conversation for the acting patient. */
export const StartConversation = z.object({
  type: z.literal('startConversation'),
  actor: PatientId,
  ...envelope,
});

/** Sends a symptom message; the answer carries the assessment. */
export const SendMessage = z.object({
  type: z.literal('sendMessage'),
  actor: PatientId,
  conversationId: ConversationId,
  // Why no length limit here: size and content are domain rules with their own typed errors.
  text: z.string(),
  ...envelope,
});

/** Reads a page of history after message `afterSeq`. */
export const ReadHistory = z.object({
  type: z.literal('readHistory'),
  actor: PatientId,
  conversationId: ConversationId,
  afterSeq: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(100).default(20),
  ...envelope,
});

/** Closes a conversation; a closed one keeps its history and takes no messages. */
export const CloseConversation = z.object({
  type: z.literal('closeConversation'),
  actor: PatientId,
  conversationId: ConversationId,
  ...envelope,
});

/** Every command the system takes, checked at the boundary. */
export const Command = z.discriminatedUnion('type', [
  RegisterPatient,
  StartConversation,
  SendMessage,
  ReadHistory,
  CloseConversation,
]);
export type Command = z.infer<typeof Command>;
/** A command as a caller writes it (defaults may be left out). */
export type CommandInput = z.input<typeof Command>;
export type CommandType = Command['type'];
