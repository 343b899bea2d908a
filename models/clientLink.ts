import { setup } from 'xstate';
import { compileMachine } from '../harness/compileMachine.js';

/** What happens to one real-time client's link: the network, the client, the server. */
export type ClientLinkEvent =
  | { type: 'DISCONNECT' }
  | { type: 'PARTITION' }
  | { type: 'RECONNECT' }
  | { type: 'GARBAGE' }
  | { type: 'RESTART' };

/**
 * The reference of one client's link to the real-time server: a connected client can be
 * dropped (it knows), partitioned (it does not: frames vanish both ways) or sent garbage by a
 * broken peer, which must not cost it its link; a restart of the server drops every connected
 * client; only a client that is not connected reconnects, and then it resumes or resyncs.
 */
export const clientLinkMachine = setup({ types: { events: {} as ClientLinkEvent } }).createMachine({
  id: 'clientLink',
  initial: 'connected',
  states: {
    connected: {
      on: {
        DISCONNECT: { target: 'disconnected' },
        PARTITION: { target: 'partitioned' },
        GARBAGE: { target: 'connected' },
        RESTART: { target: 'disconnected' },
      },
    },
    partitioned: { on: { RECONNECT: { target: 'connected' }, RESTART: { target: 'partitioned' } } },
    disconnected: {
      on: { RECONNECT: { target: 'connected' }, RESTART: { target: 'disconnected' } },
    },
  },
});

export const clientLinkModel = compileMachine<ClientLinkEvent>(clientLinkMachine, [
  { type: 'DISCONNECT' },
  { type: 'PARTITION' },
  { type: 'RECONNECT' },
  { type: 'GARBAGE' },
  { type: 'RESTART' },
]);
