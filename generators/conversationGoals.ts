import type { GoalSet } from '../harness/GoalSet.js';
import { type ModelGoal, modelGoals } from '../harness/modelGoals.js';
import type { WorldModel } from '../harness/WorldModel.js';
import type { ConversationStep } from '../models/conversationStep.js';
import {
  type ConversationVerdict,
  type ConversationWorld,
  conversationWorld,
  WORLD_PATIENTS,
} from '../models/conversationWorld.js';
import { codePoints, MAX_MESSAGE_CODE_POINTS } from './symptomText.js';

/** The conversation world, and how many messages each conversation holds (its history's length). */
export interface CountedWorld {
  world: ConversationWorld;
  sent: readonly number[];
}

/**
 * The conversation world model with each conversation's accepted messages counted, which the
 * paging goals need and the model itself does not.
 */
export function counted<S, V extends ConversationVerdict>(
  model: WorldModel<ConversationWorld, S, V>,
  sends: (step: S, verdict: V) => ConversationStep | null,
): WorldModel<CountedWorld, S, V> {
  return {
    init: () => ({ world: model.init(), sent: [] }),
    judge: (w, step) => model.judge(w.world, step),
    apply(w, step, verdict) {
      const world = model.apply(w.world, step, verdict);
      const sent = world.conversations.map((_, i) => w.sent[i] ?? 0);
      const command = sends(step, verdict);
      if (verdict.accepted && command?.type === 'SEND_MESSAGE') sent[command.conversation]! += 1;
      return { world, sent };
    },
    print: model.print,
  };
}

type Goal = ModelGoal<CountedWorld, ConversationStep, ConversationVerdict>;
type Read = Extract<ConversationStep, { type: 'READ_HISTORY' }>;

/** A history read accepted, with the messages its conversation held. */
const read = (step: ConversationStep, verdict: ConversationVerdict, w: CountedWorld) =>
  step.type === 'READ_HISTORY' && verdict.accepted
    ? { step: step as Read, sent: w.sent[step.conversation] ?? 0 }
    : null;

const sized = (step: ConversationStep, size: number, textClass: string) =>
  step.type === 'SEND_MESSAGE' &&
  step.text.textClass === textClass &&
  codePoints(step.text.text) === size;

/**
 * The conversation property's goals, in the model's terms: paging at its edges (a page exactly
 * full, one short, one past the end), messages at the size limit and one either side of it,
 * a second red flag in an escalated conversation, every patient with a conversation.
 */
export const CONVERSATION_GOALS: readonly Goal[] = [
  {
    name: 'a red-flag message in a conversation already escalated',
    kind: 'goal',
    reached: ({ before, step, verdict }) =>
      step.type === 'SEND_MESSAGE' &&
      verdict.accepted &&
      step.text.redFlag !== null &&
      before.world.conversations[step.conversation]?.state === 'active.escalated',
  },
  {
    name: 'every patient owns a conversation',
    kind: 'goal',
    reached: ({ before, after }) =>
      new Set(after.world.conversations.map((c) => c.owner)).size === WORLD_PATIENTS &&
      new Set(before.world.conversations.map((c) => c.owner)).size < WORLD_PATIENTS,
  },
  {
    name: 'a history page exactly full, the last one',
    kind: 'boundary',
    reached: ({ step, verdict, before }) => {
      const r = read(step, verdict, before);
      return r !== null && r.sent > 0 && r.step.afterSeq + r.step.limit === r.sent;
    },
  },
  {
    name: 'a history page full with one message more',
    kind: 'boundary',
    reached: ({ step, verdict, before }) => {
      const r = read(step, verdict, before);
      return r !== null && r.step.afterSeq + r.step.limit === r.sent - 1;
    },
  },
  {
    name: 'a history read starting at its last message',
    kind: 'boundary',
    reached: ({ step, verdict, before }) => {
      const r = read(step, verdict, before);
      return r !== null && r.sent > 0 && r.step.afterSeq === r.sent;
    },
  },
  {
    name: `a message of exactly ${MAX_MESSAGE_CODE_POINTS} code points accepted`,
    kind: 'boundary',
    reached: ({ step, verdict }) => verdict.accepted && sized(step, MAX_MESSAGE_CODE_POINTS, 'ok'),
  },
  {
    name: `a message of ${MAX_MESSAGE_CODE_POINTS - 1} code points accepted`,
    kind: 'boundary',
    reached: ({ step, verdict }) =>
      verdict.accepted && sized(step, MAX_MESSAGE_CODE_POINTS - 1, 'ok'),
  },
  {
    name: `a message of ${MAX_MESSAGE_CODE_POINTS + 1} code points refused`,
    kind: 'boundary',
    reached: ({ step, before }) =>
      sized(step, MAX_MESSAGE_CODE_POINTS + 1, 'oversize') &&
      step.type === 'SEND_MESSAGE' &&
      before.world.conversations[step.conversation]?.state !== 'closed',
  },
  {
    name: 'a history read with the largest page (100)',
    kind: 'boundary',
    reached: ({ step, verdict }) =>
      step.type === 'READ_HISTORY' && verdict.accepted && step.limit === 100,
  },
  {
    name: 'a history read with the smallest page (1)',
    kind: 'boundary',
    reached: ({ step, verdict }) =>
      step.type === 'READ_HISTORY' && verdict.accepted && step.limit === 1,
  },
  {
    name: 'the clock moved by 0 ms',
    kind: 'boundary',
    reached: ({ step }) => step.type === 'ADVANCE_CLOCK' && step.ms === 0,
  },
];

/** The conversation property's sometimes-goals, judged on the conversation world model. */
export const conversationGoals: GoalSet<ConversationStep> = modelGoals(
  counted(conversationWorld, (step) => step),
  CONVERSATION_GOALS,
);
