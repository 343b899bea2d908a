import { and, setup } from 'xstate';

/**
 * Review case events, abstracted to what decides the outcome: whether the actor's role may
 * review at all (`staff`), is a charge nurse (`charge`), is the case's assignee, broke the
 * glass, and (for a modification) gave new advice; for a reassignment, whether the target is a
 * nurse.
 */
export type ApprovalEvent =
  | { type: 'CLAIM'; staff: boolean }
  | { type: 'RELEASE'; staff: boolean; assignee: boolean; charge: boolean }
  | { type: 'REASSIGN'; charge: boolean; toNurse: boolean }
  | { type: 'APPROVE' | 'REJECT'; staff: boolean; assignee: boolean; breakGlass: boolean }
  | { type: 'MODIFY'; staff: boolean; assignee: boolean; breakGlass: boolean; advice: boolean };

/**
 * The reference lifecycle of a review case: pending until a nurse claims it (or a charge
 * nurse assigns it), then decided once by its assignee, or by another nurse who breaks the
 * glass. Decisions are terminal.
 */
export const nurseApprovalMachine = setup({
  types: { events: {} as ApprovalEvent },
  guards: {
    staff: ({ event }) => 'staff' in event && event.staff,
    charge: ({ event }) => 'charge' in event && event.charge,
    toNurse: ({ event }) => event.type === 'REASSIGN' && event.toNurse,
    mayRelease: ({ event }) => event.type === 'RELEASE' && (event.assignee || event.charge),
    mayDecide: ({ event }) => 'breakGlass' in event && (event.assignee || event.breakGlass),
    advice: ({ event }) => event.type !== 'MODIFY' || event.advice,
  },
}).createMachine({
  id: 'nurseApproval',
  initial: 'pending',
  states: {
    pending: {
      on: {
        CLAIM: { guard: 'staff', target: 'claimed' },
        REASSIGN: { guard: and(['charge', 'toNurse']), target: 'claimed' },
      },
    },
    claimed: {
      on: {
        RELEASE: { guard: and(['staff', 'mayRelease']), target: 'pending' },
        REASSIGN: { guard: and(['charge', 'toNurse']), target: 'claimed' },
        APPROVE: { guard: and(['staff', 'mayDecide']), target: 'approved' },
        REJECT: { guard: and(['staff', 'mayDecide']), target: 'rejected' },
        MODIFY: { guard: and(['staff', 'mayDecide', 'advice']), target: 'modified' },
      },
    },
    approved: {},
    rejected: {},
    modified: {},
  },
});

const DECISIONS = new Set(['APPROVE', 'REJECT', 'MODIFY']);

/** The error the system must answer with for a case event the machine refuses. */
export function approvalRejection(state: string, event: ApprovalEvent): string {
  if (event.type === 'REASSIGN') {
    if (!event.charge) return 'forbidden';
    return state === 'pending' || state === 'claimed' ? 'not_found' : 'invalid_state';
  }
  if (!event.staff) return 'forbidden';
  if (event.type === 'CLAIM') return 'invalid_state';
  if (state !== 'claimed') return 'invalid_state';
  if (event.type === 'RELEASE') return 'not_assigned';
  if (DECISIONS.has(event.type) && !event.assignee && !event.breakGlass) return 'not_assigned';
  return 'invalid_command';
}

/** Every abstract case event, for graph traversal and coverage totals. */
export const APPROVAL_EVENTS: readonly ApprovalEvent[] = (() => {
  const flags = [true, false];
  const events: ApprovalEvent[] = [];
  for (const staff of flags) {
    events.push({ type: 'CLAIM', staff });
    for (const assignee of flags) {
      for (const charge of flags) events.push({ type: 'RELEASE', staff, assignee, charge });
      for (const breakGlass of flags) {
        events.push(
          { type: 'APPROVE', staff, assignee, breakGlass },
          { type: 'REJECT', staff, assignee, breakGlass },
        );
        for (const advice of flags)
          events.push({ type: 'MODIFY', staff, assignee, breakGlass, advice });
      }
    }
  }
  for (const charge of flags)
    for (const toNurse of flags) events.push({ type: 'REASSIGN', charge, toNurse });
  return events;
})();
