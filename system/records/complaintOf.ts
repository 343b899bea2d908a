import type { AssessmentId } from '../domain/assessment.js';
import type { Store } from '../store/Store.js';

/** How much of a patient's message a row of the board previews. */
export const COMPLAINT_PREVIEW = 200;

/** The start of the message an assessment was made of: the complaint a nurse reads first. */
export function complaintOf(store: Store, assessmentId: AssessmentId): string {
  return (store.assessedText(assessmentId) ?? '').slice(0, COMPLAINT_PREVIEW);
}
