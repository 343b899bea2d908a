import type { Assessment } from '../domain/assessment.js';
import type { ReviewCase } from '../domain/reviewCase.js';
import { ADVICE } from '../triage/disposition.js';

/** What the patient sees of an assessment. */
export interface PatientReply {
  advice: string;
  /** True while a nurse has yet to decide; the AI's recommendation is then withheld. */
  awaitingReview: boolean;
  escalated: boolean;
  /** The nurse who decided the advice, by name, and when; null for advice no nurse reviewed. */
  reviewedBy: string | null;
  reviewedAt: number | null;
}

/**
 * The patient's view of an assessment: advice that needs approval reaches the patient only
 * after a nurse's decision, and then as the nurse decided it.
 */
export function patientReply(
  assessment: Assessment,
  reviewCase: ReviewCase | undefined,
  escalated: boolean,
  nameOf: (userId: string) => string | undefined = () => undefined,
): PatientReply {
  const unreviewed = { reviewedBy: null, reviewedAt: null };
  if (!assessment.needsReview)
    return { advice: assessment.advice, awaitingReview: false, escalated, ...unreviewed };
  const decision = reviewCase?.decision;
  if (decision)
    return {
      advice: decision.advice,
      awaitingReview: false,
      escalated,
      reviewedBy: nameOf(decision.by) ?? null,
      reviewedAt: decision.at,
    };
  return { advice: ADVICE.nurse_review, awaitingReview: true, escalated, ...unreviewed };
}
