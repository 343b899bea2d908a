import { z } from 'zod';
import { Acuity } from '../acuity.js';
import { CaseId, CaseStatus } from '../reviewCase.js';
import { recordText } from '../textRules.js';
import { UserId } from '../user.js';
import { authenticated, Reason } from './envelope.js';

/**
 * The most values a list filter takes: one of each status or acuity is all a filter can mean.
 * Why a maximum at all: 32,766 statuses once ran out of SQL variables (a 500, unaudited) and
 * 200,000 acuities overflowed the stack (issue 17, D4).
 */
export const MAX_FILTER_VALUES = { status: CaseStatus.options.length, acuity: 5 } as const;

/** Reads the nurse queue: most urgent first, then longest waiting. */
export const ReadQueue = z.object({
  type: z.literal('readQueue'),
  status: z.array(CaseStatus).max(MAX_FILTER_VALUES.status).optional(),
  acuity: z.array(Acuity).max(MAX_FILTER_VALUES.acuity).optional(),
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
  advice: recordText(z.string().trim().min(1).max(2000)).optional(),
  breakGlass: z.object({ reason: Reason }).optional(),
  ...authenticated,
});
