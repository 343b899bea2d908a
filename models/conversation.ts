import { and, setup } from 'xstate';

/** What kind of text a message carries, as the generator built it. */
export type TextClass = 'ok' | 'empty' | 'oversize' | 'invalid_characters';

/**
 * The conversation events, abstracted to what decides the outcome: who acts (the owner or
 * another patient), what the text is, and whether it carries a red flag.
 */
export type ConversationEvent =
  | { type: 'SEND_MESSAGE'; byOwner: boolean; text: TextClass; redFlag: boolean }
  | { type: 'READ_HISTORY'; byOwner: boolean }
  | { type: 'CLOSE'; byOwner: boolean };

/**
 * The reference lifecycle of one conversation. `active.routine` becomes `active.escalated`
 * after a red-flag message; both take messages until closed; a closed one can still be read.
 * Only the owner may act; anything the machine does not accept, the system must refuse.
 */
export const conversationMachine = setup({
  types: { events: {} as ConversationEvent },
  guards: {
    byOwner: ({ event }) => event.byOwner,
    textOk: ({ event }) => event.type === 'SEND_MESSAGE' && event.text === 'ok',
    redFlag: ({ event }) => event.type === 'SEND_MESSAGE' && event.redFlag,
  },
}).createMachine({
  id: 'conversation',
  initial: 'active',
  states: {
    active: {
      initial: 'routine',
      on: { CLOSE: { guard: 'byOwner', target: 'closed' } },
      states: {
        routine: {
          on: {
            SEND_MESSAGE: [
              { guard: and(['byOwner', 'textOk', 'redFlag']), target: 'escalated' },
              { guard: and(['byOwner', 'textOk']), target: 'routine' },
            ],
            READ_HISTORY: { guard: 'byOwner', target: 'routine' },
          },
        },
        escalated: {
          on: {
            SEND_MESSAGE: { guard: and(['byOwner', 'textOk']), target: 'escalated' },
            READ_HISTORY: { guard: 'byOwner', target: 'escalated' },
          },
        },
      },
    },
    closed: {
      // Why explicit targets everywhere: XState's can() is false for a transition with neither
      // a target nor an action, and the walk asks can() what is enabled.
      on: { READ_HISTORY: { guard: 'byOwner', target: 'closed' } },
    },
  },
});

/** The error code the system must answer with for an event the machine refuses. */
export function expectedRejection(
  state: 'closed' | 'active',
  event: ConversationEvent,
): 'forbidden' | 'conversation_closed' | TextClass {
  if (!event.byOwner) return 'forbidden';
  if (state === 'closed') return 'conversation_closed';
  if (event.type === 'SEND_MESSAGE' && event.text !== 'ok') return event.text;
  throw new Error(`the machine accepts ${event.type} in ${state}`);
}

/** Every abstract event, for graph traversal and coverage totals. */
export const CONVERSATION_EVENTS: readonly ConversationEvent[] = [
  ...[true, false].flatMap((byOwner) => [
    ...(['ok', 'empty', 'oversize', 'invalid_characters'] as const).flatMap((text) =>
      [true, false].map((redFlag) => ({ type: 'SEND_MESSAGE' as const, byOwner, text, redFlag })),
    ),
    { type: 'READ_HISTORY' as const, byOwner },
    { type: 'CLOSE' as const, byOwner },
  ]),
];
