import type { MessageKind } from '../../models/clinicStep.js';

/**
 * The message each kind sends. Why fixed texts: the clinic property is about escalation and
 * review, not triage (the conversation property covers that); each text is one the baseline
 * triage puts at the acuity the model expects, which the property checks on every send.
 */
export const CLINIC_TEXTS: Record<MessageKind, string> = {
  emergency1: "I can't breathe and my lips are turning blue",
  emergency2: 'crushing chest pain going down my left arm',
  review: 'I have been vomiting all day and cannot keep anything down',
  routine: 'I have had a mild cough since yesterday',
};

/** The advice a nurse writes when a step says the decision comes with advice. */
export const NURSE_ADVICE = 'Sip water every 15 minutes; a nurse will call you this evening.';

/** A reason good enough for every command that needs one. */
export const REASON = 'reviewed the history with the patient by phone';
