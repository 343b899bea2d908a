import { and, setup } from 'xstate';

/**
 * Escalation events, abstracted to what decides the outcome. `staff` is whether the actor's
 * role may act on escalations at all; `acknowledger` whether they acknowledged this one;
 * `charge` whether they are a charge nurse; `lower` whether a de-escalation asks for a less
 * urgent acuity than the current one.
 */
export type EscalationEvent =
  | { type: 'ACKNOWLEDGE'; staff: boolean }
  | { type: 'RESOLVE'; staff: boolean; acknowledger: boolean; charge: boolean }
  | { type: 'DEESCALATE'; staff: boolean; lower: boolean }
  | { type: 'SLA_EXPIRED' };

/**
 * The reference lifecycle of an escalation: open for any nurse, re-escalated to the charge
 * nurse each time its acknowledgement SLA expires, acknowledged by exactly one nurse, then
 * resolved by that nurse or a charge nurse. De-escalation changes urgency, not state.
 * Timers are explicit events (SLA_EXPIRED), so the model stays pure.
 */
export const escalationMachine = setup({
  types: { events: {} as EscalationEvent },
  guards: {
    staff: ({ event }) => event.type !== 'SLA_EXPIRED' && event.staff,
    lower: ({ event }) => event.type === 'DEESCALATE' && event.lower,
    mayResolve: ({ event }) => event.type === 'RESOLVE' && (event.acknowledger || event.charge),
  },
}).createMachine({
  id: 'escalation',
  initial: 'open',
  states: {
    open: {
      initial: 'nurses',
      on: { ACKNOWLEDGE: { guard: 'staff', target: 'acknowledged' } },
      states: {
        nurses: {
          on: {
            SLA_EXPIRED: { target: 'chargeNurse' },
            DEESCALATE: { guard: and(['staff', 'lower']), target: 'nurses' },
          },
        },
        chargeNurse: {
          on: {
            SLA_EXPIRED: { target: 'chargeNurse' },
            DEESCALATE: { guard: and(['staff', 'lower']), target: 'chargeNurse' },
          },
        },
      },
    },
    acknowledged: {
      on: {
        RESOLVE: { guard: and(['staff', 'mayResolve']), target: 'resolved' },
        DEESCALATE: { guard: and(['staff', 'lower']), target: 'acknowledged' },
      },
    },
    // A resolved escalation takes no command.
    resolved: {},
  },
});

/** The error the system must answer with for an escalation event the machine refuses. */
export function escalationRejection(state: string, event: EscalationEvent): string {
  if (event.type === 'SLA_EXPIRED') throw new Error('a timer is never refused, only not due');
  if (!event.staff) return 'forbidden';
  if (event.type === 'ACKNOWLEDGE') return 'invalid_state';
  if (event.type === 'RESOLVE') return state === 'acknowledged' ? 'not_assigned' : 'invalid_state';
  return 'invalid_state';
}

/** Every abstract escalation event, for graph traversal and coverage totals. */
export const ESCALATION_EVENTS: readonly EscalationEvent[] = [
  { type: 'ACKNOWLEDGE', staff: true },
  { type: 'ACKNOWLEDGE', staff: false },
  ...[true, false].flatMap((staff) =>
    [true, false].flatMap((acknowledger) =>
      [true, false].map((charge) => ({ type: 'RESOLVE' as const, staff, acknowledger, charge })),
    ),
  ),
  ...[true, false].flatMap((staff) =>
    [true, false].map((lower) => ({ type: 'DEESCALATE' as const, staff, lower })),
  ),
  { type: 'SLA_EXPIRED' },
];
