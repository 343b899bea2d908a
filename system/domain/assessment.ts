import { z } from 'zod';
import { RuleHit } from '../triage/ruleVerdict.js';
import { Acuity } from './acuity.js';
import { ConversationId } from './conversation.js';
import { MessageId } from './message.js';

/** An assessment's id. */
export const AssessmentId = z.string().min(1).max(64).brand<'AssessmentId'>();
export type AssessmentId = z.infer<typeof AssessmentId>;

/**
 * The triage of one message, with everything a nurse needs to judge its basis: the hash of
 * its inputs, the model version and flag variant that served it, the rule hits and rationale.
 */
export const Assessment = z.object({
  id: AssessmentId,
  conversationId: ConversationId,
  messageId: MessageId,
  acuity: Acuity,
  ruleAcuity: Acuity,
  modelAcuity: Acuity.nullable(),
  ruleHits: z.array(RuleHit),
  rationale: z.string().min(1),
  confidence: z.number().min(0).max(1),
  modelVersion: z.string().min(1),
  flagVariant: z.string().min(1),
  inputsHash: z.string().regex(/^[0-9a-f]{64}$/),
  degraded: z.boolean(),
  needsReview: z.boolean(),
  advice: z.string().min(1),
  assessedAt: z.number().int(),
});
export type Assessment = z.infer<typeof Assessment>;
