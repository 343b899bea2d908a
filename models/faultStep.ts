import { z } from 'zod';
import { ConversationStep } from './conversationStep.js';

/**
 * A step of a conversation trace under faults: the conversation steps, plus arming a store
 * fault (the next command fails at its `write`-th write or at commit) and retrying the last
 * command with the same idempotency key.
 */
export const FaultStep = z.union([
  ConversationStep,
  z.object({ type: z.literal('STORE_FAULT'), write: z.number().int().min(0) }),
  z.object({ type: z.literal('RETRY') }),
]);
export type FaultStep = z.infer<typeof FaultStep>;
