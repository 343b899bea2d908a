import type { Store } from '../../system/index.js';

/**
 * Deliberately broken systems, each built by wrapping the store, that the clinic property
 * must catch. Each names the invariant it breaks.
 */
export const CLINIC_VARIANTS: Record<string, (store: Store) => Store> = {
  /** Invariant 5: the SLA timer never finds an escalation due. */
  'sla-never-expires': (store) => ({ ...store, dueEscalations: () => [] }),
  /** Invariant 7/8: a reassigned case stays with its previous nurse, who can still decide. */
  'reassign-keeps-old-nurse': (store) => ({
    ...store,
    updateCase: (c) => {
      const before = store.getCase(c.id);
      const reassigned =
        before?.status === 'claimed' && c.status === 'claimed' && before.assignee !== c.assignee;
      store.updateCase(reassigned ? { ...c, assignee: before.assignee } : c);
    },
  }),
  /** Invariant 7: a decided case can be decided again. */
  'decision-not-terminal': (store) => ({
    ...store,
    getCase: (id) => {
      const c = store.getCase(id);
      return c && c.decision !== null ? { ...c, status: 'claimed' } : c;
    },
  }),
  /** Invariant 6: a new emergency message lowers the urgency of an open escalation. */
  'triage-lowers-urgency': (store) => ({
    ...store,
    updateEscalation: (e) => {
      const before = store.getEscalation(e.id);
      store.updateEscalation(
        before && e.history.length > before.history.length && e.history.at(-1)?.by === 'triage'
          ? { ...e, acuity: 2, history: before.history }
          : e,
      );
    },
  }),
  /** Invariant 5: the staff are never told of an emergency raised (its notifications vanish). */
  'escalation-not-notified': (store) => ({
    ...store,
    appendNotification: (recipient, kind, body, at) =>
      kind === 'escalation.raised'
        ? store.notificationBounds(recipient).last
        : store.appendNotification(recipient, kind, body, at),
  }),
  /** Invariant 9: the patient's history shows the AI's recommendation before any decision. */
  'leaks-pending-advice': (store) => ({
    ...store,
    caseForAssessment: (id) => {
      const c = store.caseForAssessment(id);
      const assessment = c && store.getAssessment(c.assessmentId);
      return c && assessment && c.decision === null
        ? {
            ...c,
            decision: {
              outcome: 'approved',
              by: c.patientId,
              at: 0,
              reason: 'leak',
              advice: assessment.advice,
              diff: null,
              breakGlass: false,
            },
          }
        : c;
    },
  }),
};
