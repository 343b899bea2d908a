import { setup } from 'xstate';
import { compileMachine } from '../harness/compileMachine.js';

/** What happens to a session before an attempt uses it. */
export type SessionEvent =
  | { type: 'EXPIRE' }
  | { type: 'SIGN_OUT' }
  | { type: 'FORGE' }
  | { type: 'USE' };

/**
 * The reference of a session: signing in makes it active; its time running out expires it,
 * signing out ends it, and a token altered by a client is no session at all. Only an active
 * session may be used: every other use is refused as unauthenticated, whatever the role.
 */
export const sessionMachine = setup({ types: { events: {} as SessionEvent } }).createMachine({
  id: 'session',
  initial: 'active',
  states: {
    active: {
      on: {
        EXPIRE: { target: 'expired' },
        SIGN_OUT: { target: 'ended' },
        FORGE: { target: 'forged' },
        USE: { target: 'active' },
      },
    },
    expired: {},
    ended: {},
    forged: {},
  },
});

export const sessionModel = compileMachine<SessionEvent>(sessionMachine, [
  { type: 'EXPIRE' },
  { type: 'SIGN_OUT' },
  { type: 'FORGE' },
  { type: 'USE' },
]);
