import fc from 'fast-check';
import type { FaultStep } from '../models/faultStep.js';
import { type FaultVerdict, type FaultWorld, faultWorld } from '../models/faultWorld.js';
import { conversationWalk } from './conversation.js';
import type { WalkSpec } from './machineWalk.js';

const payload = fc.record({
  inner: conversationWalk.payload,
  // Which write of the next command fails (0 = its first); past its last write, its commit.
  write: fc.nat({ max: 6 }),
});

type Payload = typeof payload extends fc.Arbitrary<infer P> ? P : never;

/**
 * The conversation walk with faults as steps: a store fault armed for the next command, and
 * retries of the last command with its idempotency key, so faults shrink with the rest.
 */
export const faultWalk: WalkSpec<FaultWorld, FaultStep, FaultVerdict, Payload> = {
  model: faultWorld,
  payload,
  actions: [...conversationWalk.actions, 'STORE_FAULT', 'RETRY'],
  actionOf: (step) => step.type,
  swarmKeeps: conversationWalk.swarmKeeps ?? [],
  candidates(world, p, swarmed) {
    const steps: FaultStep[] = [...conversationWalk.candidates(world.inner, p.inner, swarmed)];
    steps.push({ type: 'STORE_FAULT', write: p.write });
    if (world.last) steps.push({ type: 'RETRY' });
    return steps;
  },
};
