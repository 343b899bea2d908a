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
 * The command a clinic step stands for, or 'tick' for the clock's step (the system's timers).
 * The clinic property's runner and the HTTP differential both send their steps through it.
 */
export function clinicCommand(step: ClinicStep, ids: ClinicIds): CommandInput | 'tick' {
  if (step.type === 'ADVANCE_CLOCK') return 'tick';
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
        ...(step.assignee === null ? {} : { assignee: ids.actors[step.assignee]!.userId }),
      };
    case 'ACKNOWLEDGE':
      return {
        type: 'acknowledgeEscalation',
        session,
        escalationId: ids.escalations[step.escalation]!,
      };
    case 'RESOLVE':
      return {
        type: 'resolveEscalation',
        session,
        escalationId: ids.escalations[step.escalation]!,
        note: REASON,
      };
    case 'DEESCALATE':
      return {
        type: 'deescalate',
        session,
        escalationId: ids.escalations[step.escalation]!,
        acuity: step.acuity as 1 | 2 | 3 | 4 | 5,
        reason: REASON,
      };
    case 'CLAIM':
      return { type: 'claimCase', session, caseId: ids.cases[step.case]! };
    case 'RELEASE':
      return { type: 'releaseCase', session, caseId: ids.cases[step.case]! };
    case 'REASSIGN':
      return {
        type: 'reassignCase',
        session,
        caseId: ids.cases[step.case]!,
        to: ids.actors[step.to]!.userId,
      };
    case 'DECIDE':
      return {
        type: 'decideCase',
        session,
        caseId: ids.cases[step.case]!,
        outcome: step.outcome,
        reason: REASON,
        ...(step.advice ? { advice: NURSE_ADVICE } : {}),
        ...(step.breakGlass ? { breakGlass: { reason: REASON } } : {}),
      };
  }
}
