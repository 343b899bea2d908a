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
  /**
   * Invariant 5: an acknowledgement is kept from the other nurses (no notification), so their
   * open boards still ask for an emergency already taken.
   */
  'acknowledgement-not-pushed': (store) => ({
    ...store,
    appendNotification: (recipient, kind, body, at) =>
      kind === 'escalation.acknowledged'
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
  /** Board: the escalations list comes oldest first, whatever their urgency. */
  'board-oldest-first': (store) => ({
    ...store,
    unresolvedEscalationsIn: (unit) =>
      store
        .unresolvedEscalationsIn(unit)
        .sort((a, b) => a.raisedAt - b.raisedAt || b.acuity - a.acuity),
  }),
  /** Board: an acknowledged escalation drops off the list before it is resolved. */
  'board-drops-acknowledged': (store) => ({
    ...store,
    unresolvedEscalationsIn: (unit) =>
      store.unresolvedEscalationsIn(unit).filter((e) => e.status === 'open'),
  }),
  /** Names: people are shown by their login name instead of their name. */
  'names-are-usernames': (store) => ({
    ...store,
    getUser: (id) => {
      const user = store.getUser(id);
      return user && { ...user, displayName: user.username };
    },
  }),
  /** Record: a nurse's read of a conversation misses the patient's latest message. */
  'conversation-read-truncated': (store) => ({
    ...store,
    listHistory: (id, afterSeq, limit) => {
      const rows = store.listHistory(id, afterSeq, limit);
      return limit === 500 ? rows.slice(0, -1) : rows;
    },
  }),
  /** Record: a read of a patient's conversation is audited as a read of the conversation only. */
  'patient-read-unaudited': (store) => ({
    ...store,
    appendAudit: (event) =>
      store.appendAudit(
        event.subtype === 'readConversation' && event.entity.what.startsWith('Patient/')
          ? { ...event, entity: { what: 'Conversation/unknown' } }
          : event,
      ),
  }),
  /** Names: rows preview no complaint. */
  'no-complaint-preview': (store) => ({ ...store, assessedText: () => undefined }),
};
