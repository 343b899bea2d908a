import { z } from 'zod';
import { Acuity } from './acuity.js';
import { AssessmentId } from './assessment.js';
import { ConversationId } from './conversation.js';

/** An escalation's id. */
export const EscalationId = z.string().min(1).max(64).brand<'EscalationId'>();
export type EscalationId = z.infer<typeof EscalationId>;

/** An emergency raised by triage; its acknowledgement lifecycle comes with nurse review. */
export const Escalation = z.object({
  id: EscalationId,
  conversationId: ConversationId,
  assessmentId: AssessmentId,
  acuity: Acuity,
  status: z.enum(['open']),
  raisedAt: z.number().int(),
});
export type Escalation = z.infer<typeof Escalation>;
