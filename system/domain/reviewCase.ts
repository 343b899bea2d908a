import { z } from 'zod';
import { Acuity } from './acuity.js';
import { AssessmentId } from './assessment.js';
import { ConversationId } from './conversation.js';
import { UserId } from './user.js';

/** A review case's id. */
export const CaseId = z.string().min(1).max(64).brand<'CaseId'>();
export type CaseId = z.infer<typeof CaseId>;

/** Where a case stands; the last three are terminal. */
export const CaseStatus = z.enum(['pending', 'claimed', 'approved', 'rejected', 'modified']);
export type CaseStatus = z.infer<typeof CaseStatus>;

/** A nurse's decision on an AI recommendation, with the reason it requires. */
export const Decision = z.object({
  outcome: z.enum(['approved', 'rejected', 'modified']),
  by: UserId,
  at: z.number().int(),
  reason: z.string().min(1),
  /** What the patient is told: the AI's advice if approved, the nurse's otherwise. */
  advice: z.string().min(1),
  /** For a modification: the advice before and after. */
  diff: z.object({ from: z.string(), to: z.string() }).nullable(),
  breakGlass: z.boolean(),
});
export type Decision = z.infer<typeof Decision>;

/** An AI recommendation waiting for, or carrying, a nurse's decision. */
export const ReviewCase = z.object({
  id: CaseId,
  assessmentId: AssessmentId,
  conversationId: ConversationId,
  patientId: UserId,
  acuity: Acuity,
  status: CaseStatus,
  assignee: UserId.nullable(),
  createdAt: z.number().int(),
  decision: Decision.nullable(),
});
export type ReviewCase = z.infer<typeof ReviewCase>;

/** The statuses a case never leaves. */
export const TERMINAL_STATUSES: ReadonlySet<CaseStatus> = new Set([
  'approved',
  'rejected',
  'modified',
]);
