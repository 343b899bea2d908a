import { z } from 'zod';
import { Acuity } from '../acuity.js';
import { CaseId, CaseStatus } from '../reviewCase.js';
import { UserId } from '../user.js';
import { authenticated, Reason } from './envelope.js';

/** Reads the nurse queue: most urgent first, then longest waiting. */
export const ReadQueue = z.object({
  type: z.literal('readQueue'),
  status: z.array(CaseStatus).optional(),
  acuity: z.array(Acuity).optional(),
  assignee: UserId.optional(),
  limit: z.number().int().min(1).max(1000).default(100),
  ...authenticated,
});

/** Reads one case with the basis of its AI recommendation. */
export const ReadCase = z.object({ type: z.literal('readCase'), caseId: CaseId, ...authenticated });

/** A nurse takes a pending case. */
export const ClaimCase = z.object({
  type: z.literal('claimCase'),
  caseId: CaseId,
  ...authenticated,
});

/** The assignee gives a claimed case back to the queue. */
export const ReleaseCase = z.object({
  type: z.literal('releaseCase'),
  caseId: CaseId,
  ...authenticated,
});

/** A charge nurse gives a case to a nurse. */
export const ReassignCase = z.object({
  type: z.literal('reassignCase'),
  caseId: CaseId,
  to: UserId,
  ...authenticated,
});

/**
 * The assignee approves, rejects or modifies the AI recommendation. Another nurse may decide
 * only by breaking the glass, with a reason that is audited.
 */
export const DecideCase = z.object({
  type: z.literal('decideCase'),
  caseId: CaseId,
  outcome: z.enum(['approve', 'reject', 'modify']),
  reason: Reason,
  /** The nurse's advice to the patient: required to modify, optional to reject. */
  advice: z.string().trim().min(1).max(2000).optional(),
  breakGlass: z.object({ reason: Reason }).optional(),
  ...authenticated,
});
