import type { ClinicStep } from '../../models/clinicStep.js';
import type { CommandInput, ConversationId, UserId } from '../../system/index.js';
import { CLINIC_TEXTS, NURSE_ADVICE, REASON } from './clinicTexts.js';

/** What a clinic step needs to become a command: sessions and the ids its indices name. */
export interface ClinicIds {
  actors: ReadonlyArray<{ session: string; userId: UserId }>;
  conversations: ReadonlyMap<number, ConversationId>;
  escalations: readonly string[];
  cases: readonly string[];
}

/**
 * The id a step's index names: the one the run recorded, or, for an index past the last one
 * raised, an id no system ever gives (its hyphen is not in the alphabet of generated ids).
 */
export const idOf = (ids: readonly string[], index: number, tag: 'e' | 'k'): string =>
  ids[index] ?? `unknown-${tag}${index}`;

/**
 * The command a clinic step stands for, or 'tick' for the clock's step (the system's timers).
 * The clinic property's runner and the HTTP differential both send their steps through it.
 */
export function clinicCommand(step: ClinicStep, ids: ClinicIds): CommandInput | 'tick' {
  if (step.type === 'ADVANCE_CLOCK') return 'tick';
  if (step.type === 'LIST_CONVERSATIONS')
    return { type: 'listConversations', session: ids.actors[step.patient]!.session };
  if (step.type === 'SEND' || step.type === 'READ_HISTORY') {
    const session = ids.actors[step.patient]!.session;
    const conversationId = ids.conversations.get(step.patient)!;
    return step.type === 'SEND'
      ? { type: 'sendMessage', session, conversationId, text: CLINIC_TEXTS[step.kind] }
      : { type: 'readHistory', session, conversationId, limit: 100 };
  }
  const session = ids.actors[step.actor]!.session;
  switch (step.type) {
    case 'READ_QUEUE':
      return {
        type: 'readQueue',
        session,
        ...(step.status === null ? {} : { status: [step.status] }),
        ...(step.acuity === null ? {} : { acuity: [step.acuity as 1 | 2 | 3 | 4 | 5] }),
        ...(step.assignee === null ? {} : { assignee: ids.actors[step.assignee]!.userId }),
      };
    case 'ACKNOWLEDGE':
      return {
        type: 'acknowledgeEscalation',
        session,
        escalationId: idOf(ids.escalations, step.escalation, 'e'),
      };
    case 'RESOLVE':
      return {
        type: 'resolveEscalation',
        session,
        escalationId: idOf(ids.escalations, step.escalation, 'e'),
        note: REASON,
      };
    case 'DEESCALATE':
      return {
        type: 'deescalate',
        session,
        escalationId: idOf(ids.escalations, step.escalation, 'e'),
        acuity: step.acuity as 1 | 2 | 3 | 4 | 5,
        reason: REASON,
      };
    case 'READ_CONVERSATION':
      return {
        type: 'readConversation',
        session,
        about:
          step.about === 'case'
            ? { caseId: idOf(ids.cases, step.index, 'k') }
            : { escalationId: idOf(ids.escalations, step.index, 'e') },
      };
    case 'READ_ESCALATIONS':
      return { type: 'readEscalations', session };
    case 'LIST_STAFF':
      return { type: 'listStaff', session };
    case 'READ_CASE':
      return { type: 'readCase', session, caseId: idOf(ids.cases, step.case, 'k') };
    case 'CLAIM':
      return { type: 'claimCase', session, caseId: idOf(ids.cases, step.case, 'k') };
    case 'RELEASE':
      return { type: 'releaseCase', session, caseId: idOf(ids.cases, step.case, 'k') };
    case 'REASSIGN':
      return {
        type: 'reassignCase',
        session,
        caseId: idOf(ids.cases, step.case, 'k'),
        to: ids.actors[step.to]!.userId,
      };
    case 'DECIDE':
      return {
        type: 'decideCase',
        session,
        caseId: idOf(ids.cases, step.case, 'k'),
        outcome: step.outcome,
        reason: REASON,
        ...(step.advice ? { advice: NURSE_ADVICE } : {}),
        ...(step.breakGlass ? { breakGlass: { reason: REASON } } : {}),
      };
  }
}
