import { z } from 'zod';
import { Acuity } from './acuity.js';
import { AssessmentId } from './assessment.js';
import { ConversationId } from './conversation.js';
import { UserId } from './user.js';

/** An escalation's id. */
export const EscalationId = z.string().min(1).max(64).brand<'EscalationId'>();
export type EscalationId = z.infer<typeof EscalationId>;

/** Where an escalation stands. */
export const EscalationStatus = z.enum(['open', 'acknowledged', 'resolved']);
export type EscalationStatus = z.infer<typeof EscalationStatus>;

/** Who is being asked to acknowledge: any nurse, or (after an SLA expired) the charge nurse. */
export const EscalationLevel = z.enum(['nurses', 'charge_nurse']);
export type EscalationLevel = z.infer<typeof EscalationLevel>;

/** One change of an escalation's acuity, with who made it and why. */
export const AcuityChange = z.object({
  at: z.number().int(),
  from: Acuity,
  to: Acuity,
  by: z.string().min(1),
  reason: z.string().min(1),
});
export type AcuityChange = z.infer<typeof AcuityChange>;

/**
 * An emergency raised by triage: one per conversation while open. Its acuity only becomes
 * more urgent, unless a nurse de-escalates it with a recorded reason.
 */
export const Escalation = z.object({
  id: EscalationId,
  conversationId: ConversationId,
  assessmentId: AssessmentId,
  patientId: z.string(),
  acuity: Acuity,
  status: EscalationStatus,
  level: EscalationLevel,
  raisedAt: z.number().int(),
  ackDeadline: z.number().int(),
  reEscalations: z.number().int().min(0),
  acknowledgedBy: UserId.nullable(),
  acknowledgedAt: z.number().int().nullable(),
  resolvedAt: z.number().int().nullable(),
  history: z.array(AcuityChange),
});
export type Escalation = z.infer<typeof Escalation>;
