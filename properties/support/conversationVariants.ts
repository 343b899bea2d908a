import {
  type AuditEvent,
  hashAuditEvent,
  RED_FLAG_RULES,
  type RedFlagRule,
  type Store,
} from '../../system/index.js';

/** The parts of a system a broken variant replaces. */
export interface VariantPorts {
  store: Store;
  redFlagRules: readonly RedFlagRule[];
}

/**
 * Deliberately broken systems, each built by wrapping a port, that the conversation property
 * must catch. Each names the invariant it breaks.
 */
export const CONVERSATION_VARIANTS: Record<string, (store: Store) => VariantPorts> = {
  /** Invariant 17: closing a conversation leaves no audit event. */
  'drops-close-audit': (store) => ({
    store: {
      ...store,
      appendAudit: (e) => (e.subtype === 'closeConversation' ? undefined : store.appendAudit(e)),
    },
    redFlagRules: RED_FLAG_RULES,
  }),
  /** Invariant 1: the rules no longer know breathing difficulty. */
  'misses-breathing-difficulty': (store) => ({
    store,
    redFlagRules: RED_FLAG_RULES.filter((r) => r.family !== 'breathing_difficulty'),
  }),
  /** Invariant 18: a read's audit event is stored with a forged hash. */
  'forges-read-hash': (store) => ({
    store: {
      ...store,
      appendAudit: (e) =>
        store.appendAudit(
          e.subtype === 'readHistory'
            ? { ...e, hash: e.hash.replace(/^./, (c) => (c === '0' ? '1' : '0')) }
            : e,
        ),
    },
    redFlagRules: RED_FLAG_RULES,
  }),
  /** Invariant 19: a close is recorded a second earlier, with a chain forged to match. */
  'backdates-close-audit': (store) => ({
    store: {
      ...store,
      appendAudit: (e) => store.appendAudit(e.subtype === 'closeConversation' ? backdate(e) : e),
    },
    redFlagRules: RED_FLAG_RULES,
  }),
  /** Invariant 3: an assessment is stored without its rule hits. */
  'forgets-rule-hits': (store) => ({
    store: { ...store, insertAssessment: (a) => store.insertAssessment({ ...a, ruleHits: [] }) },
    redFlagRules: RED_FLAG_RULES,
  }),
};

function backdate(event: AuditEvent): AuditEvent {
  const { hash: _, ...body } = event;
  const earlier = { ...body, recorded: body.recorded - 1000 };
  return { ...earlier, hash: hashAuditEvent(earlier) };
}
