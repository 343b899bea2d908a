import { CLINIC_ROSTER } from './clinicRoster.js';
import { type ClinicStep, NEVER_RAISED } from './clinicStep.js';

const ref = (tag: 'e' | 'k', index: number): string =>
  index === NEVER_RAISED ? `${tag}?` : `${tag}${index}`;

/**
 * A clinic step as one line of a script: `approve(n0, k1, break-glass)`, `resolve(cn, e0)`;
 * `e?` and `k?` name an escalation and a case never raised.
 */
export function printClinicStep(step: ClinicStep): string {
  const actor = 'actor' in step ? CLINIC_ROSTER[step.actor]?.name : undefined;
  switch (step.type) {
    case 'SEND':
      return `send(${CLINIC_ROSTER[step.patient]?.name}, ${step.kind})`;
    case 'READ_HISTORY':
      return `readHistory(${CLINIC_ROSTER[step.patient]?.name})`;
    case 'READ_QUEUE': {
      const filters = [
        step.status,
        step.acuity === null ? null : `acuity ${step.acuity}`,
        step.assignee === null ? null : CLINIC_ROSTER[step.assignee]?.name,
      ].filter(Boolean);
      return `readQueue(${actor}${filters.length ? `, only ${filters.join(', ')}` : ''})`;
    }
    case 'READ_CASE':
      return `readCase(${actor}, ${ref('k', step.case)})`;
    case 'ACKNOWLEDGE':
    case 'RESOLVE':
      return `${step.type.toLowerCase()}(${actor}, ${ref('e', step.escalation)})`;
    case 'DEESCALATE':
      return `deescalate(${actor}, ${ref('e', step.escalation)}, to acuity ${step.acuity})`;
    case 'CLAIM':
    case 'RELEASE':
      return `${step.type.toLowerCase()}(${actor}, ${ref('k', step.case)})`;
    case 'REASSIGN':
      return `reassign(${actor}, ${ref('k', step.case)} -> ${CLINIC_ROSTER[step.to]?.name})`;
    case 'DECIDE':
      return `${step.outcome}(${actor}, ${ref('k', step.case)}${step.breakGlass ? ', break-glass' : ''}${step.advice ? ', with advice' : ''})`;
    case 'ADVANCE_CLOCK':
      return `advanceClock(${step.ms} ms) + tick`;
    case 'READ_CONVERSATION':
      return `readConversation(${actor}, ${ref(step.about === 'case' ? 'k' : 'e', step.index)})`;
    case 'READ_ESCALATIONS':
      return `readEscalations(${actor})`;
    case 'LIST_STAFF':
      return `listStaff(${actor})`;
    case 'LIST_CONVERSATIONS':
      return `listConversations(${CLINIC_ROSTER[step.patient]?.name})`;
  }
}
