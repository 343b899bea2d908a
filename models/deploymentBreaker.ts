import { setup } from 'xstate';

/**
 * A version's circuit breaker events: a call let through succeeded or failed (`trips` when
 * this failure reaches the threshold), a call was refused while open, or the cooldown passed.
 */
export type BreakerEvent =
  | { type: 'SUCCESS' }
  | { type: 'FAILURE'; trips: boolean }
  | { type: 'SHORT_CIRCUIT' }
  | { type: 'COOLDOWN_ELAPSED' };

/**
 * The reference circuit breaker: closed counts consecutive failures and opens at the
 * threshold; open refuses every call until its cooldown passes (a timer, an explicit event);
 * half-open lets one trial call through, whose success closes it and failure reopens it.
 */
export const breakerMachine = setup({
  types: { events: {} as BreakerEvent },
  guards: { trips: ({ event }) => event.type === 'FAILURE' && event.trips },
}).createMachine({
  id: 'breaker',
  initial: 'closed',
  states: {
    closed: {
      on: {
        SUCCESS: { target: 'closed' },
        FAILURE: [{ guard: 'trips', target: 'open' }, { target: 'closed' }],
      },
    },
    open: { on: { SHORT_CIRCUIT: { target: 'open' }, COOLDOWN_ELAPSED: { target: 'halfOpen' } } },
    halfOpen: { on: { SUCCESS: { target: 'closed' }, FAILURE: { target: 'open' } } },
  },
});

/** Every abstract breaker event. */
export const BREAKER_EVENTS: readonly BreakerEvent[] = [
  { type: 'SUCCESS' },
  { type: 'FAILURE', trips: true },
  { type: 'FAILURE', trips: false },
  { type: 'SHORT_CIRCUIT' },
  { type: 'COOLDOWN_ELAPSED' },
];
