import fc from 'fast-check';
import { expect, test } from 'vitest';
import { CONVERSATION_EVENTS, conversationMachine } from '../models/conversation.js';
import { compileMachine, stepDirectly } from './compileMachine.js';

// Why this test: the walk and the properties trust the compiled table instead of XState; it
// must agree with the machine on every path.
test('the compiled conversation machine agrees with XState on random walks', () => {
  const compiled = compileMachine(conversationMachine, CONVERSATION_EVENTS);
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...CONVERSATION_EVENTS), { maxLength: 30 }), (path) => {
      const states = [compiled.initial];
      for (const event of path) states.push(compiled.step(states[states.length - 1]!, event).to);
      expect(states).toEqual(stepDirectly(conversationMachine, path));
    }),
    { numRuns: 500, seed: 1 },
  );
});

test('the conversation machine has the edges the model describes', () => {
  const compiled = compileMachine(conversationMachine, CONVERSATION_EVENTS);
  expect([...compiled.edges].sort()).toEqual([
    'active.escalated --CLOSE--> closed',
    'active.escalated --READ_HISTORY--> active.escalated',
    'active.escalated --SEND_MESSAGE--> active.escalated',
    'active.routine --CLOSE--> closed',
    'active.routine --READ_HISTORY--> active.routine',
    'active.routine --SEND_MESSAGE--> active.escalated',
    'active.routine --SEND_MESSAGE--> active.routine',
    'closed --READ_HISTORY--> closed',
  ]);
});
