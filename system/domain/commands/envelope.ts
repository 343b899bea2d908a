import { z } from 'zod';
import { recordText } from '../textRules.js';

/** Fields every command may carry. */
export const envelope = {
  /** Ties the command to its audit event and to the request that carried it. */
  correlationId: z.string().min(1).max(128).optional(),
  /** A retry with the same key returns the first answer and changes nothing. */
  idempotencyKey: z.string().min(1).max(128).optional(),
};

/** The fields of a command run by a signed-in user: the session token it carries. */
export const authenticated = {
  ...envelope,
  session: z.string().min(1).max(256),
};

/** A reason a person must give (decisions, de-escalation, break-glass). */
export const Reason = recordText(z.string().trim().min(3).max(2000));
