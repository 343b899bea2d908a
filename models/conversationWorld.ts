import { compileMachine } from '../harness/compileMachine.js';
import type { MachineMove, Verdict, WorldModel } from '../harness/WorldModel.js';
import {
  CONVERSATION_EVENTS,
  type ConversationEvent,
  conversationMachine,
  expectedRejection,
} from './conversation.js';
import type { ConversationStep } from './conversationStep.js';

/** The compiled conversation machine (a lookup table, checked against the machine in tests). */
export const conversationModel = compileMachine(conversationMachine, CONVERSATION_EVENTS);

/** Patients in every world; enough for "another patient's conversation". */
export const WORLD_PATIENTS = 3;

/** The world as the model sees it: who owns each conversation, and its machine state. */
export interface ConversationWorld {
  conversations: ReadonlyArray<{ owner: number; state: string }>;
}

/** The model's expectation for a conversation step. */
export interface ConversationVerdict extends Verdict {
  /** The error code the system must answer with when the step is refused. */
  rejection: string | null;
}

/** Judges conversation-world steps with the conversation machine. */
export const conversationWorld: WorldModel<
  ConversationWorld,
  ConversationStep,
  ConversationVerdict
> = {
  init: () => ({ conversations: [] }),

  judge(world, step) {
    switch (step.type) {
      case 'START':
      case 'ADVANCE_CLOCK':
        return { accepted: true, moves: [], rejection: null };
      case 'MALFORMED':
        return { accepted: false, moves: [], rejection: 'invalid_command' };
      default: {
        const conversation = world.conversations[step.conversation];
        if (!conversation)
          throw new Error(`step names conversation c${step.conversation}, which does not exist`);
        const event = abstractEvent(step, conversation.owner);
        const { accepted, to } = conversationModel.step(conversation.state, event);
        const move: MachineMove = {
          machine: conversationModel.id,
          from: conversation.state,
          type: event.type,
          accepted,
          to,
        };
        const top = conversation.state === 'closed' ? 'closed' : 'active';
        return {
          accepted,
          moves: [move],
          rejection: accepted ? null : expectedRejection(top, event),
        };
      }
    }
  },

  apply(world, step, verdict) {
    if (!verdict.accepted) return world;
    if (step.type === 'START') {
      return {
        conversations: [
          ...world.conversations,
          { owner: step.patient, state: conversationModel.initial },
        ],
      };
    }
    const move = verdict.moves[0];
    if (step.type === 'ADVANCE_CLOCK' || step.type === 'MALFORMED') return world;
    if (!move || move.to === move.from) return world;
    const conversations = world.conversations.slice();
    conversations[step.conversation] = { ...conversations[step.conversation]!, state: move.to };
    return { conversations };
  },

  print(step) {
    switch (step.type) {
      case 'START':
        return `start(p${step.patient})`;
      case 'ADVANCE_CLOCK':
        return `advanceClock(${step.ms} ms)`;
      case 'MALFORMED':
        return `malformed(p${step.actor}, ${preview(JSON.stringify(step.body))})`;
      case 'SEND_MESSAGE': {
        const flag = step.text.redFlag ? `, redFlag=${step.text.redFlag}` : '';
        return `send(p${step.actor} -> c${step.conversation}, ${preview(step.text.text)}, ${step.text.textClass}${flag})`;
      }
      case 'READ_HISTORY':
        return `readHistory(p${step.actor} -> c${step.conversation}, after=${step.afterSeq}, limit=${step.limit})`;
      case 'CLOSE':
        return `close(p${step.actor} -> c${step.conversation})`;
    }
  },
};

function abstractEvent(
  step: Exclude<ConversationStep, { type: 'START' | 'ADVANCE_CLOCK' | 'MALFORMED' }>,
  owner: number,
): ConversationEvent {
  const byOwner = step.actor === owner;
  if (step.type === 'SEND_MESSAGE') {
    return {
      type: 'SEND_MESSAGE',
      byOwner,
      text: step.text.textClass,
      redFlag: step.text.redFlag !== null,
    };
  }
  return { type: step.type === 'CLOSE' ? 'CLOSE' : 'READ_HISTORY', byOwner };
}

function preview(text: string): string {
  const shown = text.length > 60 ? `${text.slice(0, 57)}...(${text.length} chars)` : text;
  return JSON.stringify(shown);
}
