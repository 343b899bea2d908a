import fc from 'fast-check';
import type { ConversationStep } from '../models/conversationStep.js';
import {
  type ConversationVerdict,
  type ConversationWorld,
  conversationWorld,
  WORLD_PATIENTS,
} from '../models/conversationWorld.js';
import type { WalkSpec } from './machineWalk.js';
import { malformedCommand } from './malformedCommand.js';
import { boundaryText, symptomText } from './symptomText.js';

type MalformedBody = Extract<ConversationStep, { type: 'MALFORMED' }>['body'];

const payload = fc.record({
  malformed: malformedCommand,
  patient: fc.nat({ max: WORLD_PATIENTS - 1 }),
  other: fc.nat({ max: WORLD_PATIENTS - 2 }),
  // Why a share of texts at the size limit and one either side: the generator's long texts
  // land on the limit itself often, but on 1,999 code points once in many thousand.
  text: fc.oneof(
    { weight: 19, arbitrary: symptomText() },
    { weight: 1, arbitrary: boundaryText() },
  ),
  // Why small positions twice: a read from the last message (an empty page) needs the
  // position to equal a short conversation's length.
  afterSeq: fc.oneof(
    { arbitrary: fc.constant(0), weight: 3 },
    { arbitrary: fc.nat({ max: 8 }), weight: 1 },
    { arbitrary: fc.integer({ min: 1, max: 3 }), weight: 1 },
  ),
  // Why mostly small pages: conversations are short, and paging only shows with more messages
  // than the page holds.
  // The largest page the protocol allows (100) now and then, so a full page shows there too.
  limit: fc.oneof(
    { arbitrary: fc.integer({ min: 1, max: 3 }), weight: 6 },
    { arbitrary: fc.integer({ min: 1, max: 25 }), weight: 2 },
    { arbitrary: fc.constant(100), weight: 1 },
  ),
  // Why 0 on its own: a clock step that moves nothing is the edge of every timer, and an
  // integer range meets it once in tens of thousands.
  ms: fc.oneof(
    { arbitrary: fc.integer({ min: 0, max: 60_000 }), weight: 4 },
    { arbitrary: fc.integer({ min: 60_000, max: 86_400_000 }), weight: 4 },
    { arbitrary: fc.constant(0), weight: 1 },
  ),
});

type Payload = typeof payload extends fc.Arbitrary<infer P> ? P : never;

/**
 * The conversation world's walk: open conversations for patients, then send, read and close
 * as the owner or as another patient, with the clock moving between steps.
 */
export const conversationWalk: WalkSpec<
  ConversationWorld,
  ConversationStep,
  ConversationVerdict,
  Payload
> = {
  model: conversationWorld,
  payload,
  actions: ['START', 'SEND_MESSAGE', 'READ_HISTORY', 'CLOSE', 'ADVANCE_CLOCK', 'MALFORMED'],
  actionOf: (step) => step.type,
  swarmKeeps: ['START'],
  candidates(world, p) {
    const steps: ConversationStep[] = [];
    // Why no cap on conversations: an action that is sometimes unavailable makes a choice fall
    // through to another action, and shrinking then stalls at a longer trace than needed.
    steps.push({ type: 'START', patient: p.patient });
    world.conversations.forEach(({ owner }, conversation) => {
      const other = (owner + 1 + p.other) % WORLD_PATIENTS;
      for (const actor of [owner, other]) {
        steps.push(
          { type: 'SEND_MESSAGE', conversation, actor, text: p.text },
          { type: 'READ_HISTORY', conversation, actor, afterSeq: p.afterSeq, limit: p.limit },
          { type: 'CLOSE', conversation, actor },
        );
      }
    });
    steps.push({ type: 'ADVANCE_CLOCK', ms: p.ms });
    steps.push({ type: 'MALFORMED', actor: p.patient, body: p.malformed as MalformedBody });
    return steps;
  },
};
