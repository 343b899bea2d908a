import type { CaseDecision } from '../../models/clinicWorld.js';
import { ADVICE, REJECTED_ADVICE } from '../../system/index.js';
import { NURSE_ADVICE } from './clinicTexts.js';

/**
 * The advice a patient is given once a nurse decided on their review case: the AI's
 * recommendation if approved (a review message is triaged to urgent care), else the nurse's
 * own advice, or the standard rejection text when a rejection came without any.
 */
export function decidedAdvice(decision: Pick<CaseDecision, 'outcome' | 'advice'>): string {
  if (decision.outcome === 'approve') return ADVICE.urgent_care;
  return decision.advice ? NURSE_ADVICE : REJECTED_ADVICE;
}
