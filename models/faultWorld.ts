import type { Verdict, WorldModel } from '../harness/WorldModel.js';
import type { ConversationStep } from './conversationStep.js';
import {
  type ConversationVerdict,
  type ConversationWorld,
  conversationWorld,
} from './conversationWorld.js';
import type { FaultStep } from './faultStep.js';

/** The last command sent, for a retry: what it was, and its first committed answer if any. */
interface LastCommand {
  step: ConversationStep;
  /** Null while every attempt failed under a fault: a retry then runs it afresh. */
  committed: ConversationVerdict | null;
}

/** The conversation world with a store that can fail and commands that can be retried. */
export interface FaultWorld {
  inner: ConversationWorld;
  armed: boolean;
  last: LastCommand | null;
}

/** What the model expects of a step under faults. */
export interface FaultVerdict extends Verdict {
  /**
   * `command`: judged by the conversation model; `faulted`: the store fails, the answer is
   * `unavailable` and nothing changes; `replayed`: a retry answered from the first answer,
   * changing nothing; `local`: no command is sent (arming a fault, moving the clock).
   */
  kind: 'command' | 'faulted' | 'replayed' | 'local';
  rejection: string | null;
  /** The conversation step a command or retry sends. */
  sends: ConversationStep | null;
}

const isCommand = (step: FaultStep): step is Exclude<ConversationStep, { type: 'ADVANCE_CLOCK' }> =>
  step.type !== 'STORE_FAULT' && step.type !== 'RETRY' && step.type !== 'ADVANCE_CLOCK';

/**
 * Judges steps under faults: a command sent while a fault is armed fails and changes nothing
 * (invariant 20); a retry of a command that was answered returns that answer and changes
 * nothing (21); a retry of a command that failed, or of a malformed one, runs it afresh.
 */
export const faultWorld: WorldModel<FaultWorld, FaultStep, FaultVerdict> = {
  init: () => ({ inner: conversationWorld.init(), armed: false, last: null }),

  judge(world, step) {
    if (step.type === 'STORE_FAULT' || step.type === 'ADVANCE_CLOCK') {
      return { accepted: true, moves: [], kind: 'local', rejection: null, sends: null };
    }
    const sends = step.type === 'RETRY' ? (world.last?.step ?? null) : step;
    if (sends === null)
      return { accepted: true, moves: [], kind: 'local', rejection: null, sends: null };
    if (world.armed)
      return { accepted: false, moves: [], kind: 'faulted', rejection: 'unavailable', sends };
    // Why a malformed command runs afresh: the boundary trusts nothing in it, its idempotency
    // key included, so each attempt is refused and audited on its own.
    if (step.type === 'RETRY' && world.last?.committed && sends.type !== 'MALFORMED') {
      return { ...world.last.committed, moves: [], kind: 'replayed', sends };
    }
    return { ...conversationWorld.judge(world.inner, sends), kind: 'command', sends };
  },

  apply(world, step, verdict) {
    if (step.type === 'STORE_FAULT') return { ...world, armed: true };
    if (verdict.sends === null || verdict.kind === 'local')
      return {
        ...world,
        inner: conversationWorld.apply(
          world.inner,
          step as ConversationStep,
          verdict as ConversationVerdict,
        ),
      };
    const inner =
      verdict.kind === 'command'
        ? conversationWorld.apply(world.inner, verdict.sends, verdict)
        : world.inner;
    const retry = step.type === 'RETRY';
    const last =
      verdict.kind === 'command'
        ? { step: verdict.sends, committed: verdict }
        : retry
          ? world.last
          : { step: verdict.sends, committed: null };
    return { inner, armed: false, last };
  },

  print(step) {
    if (step.type === 'STORE_FAULT')
      return `storeFault(next command, at write ${step.write} or commit)`;
    if (step.type === 'RETRY') return 'retry(last command, same idempotency key)';
    return conversationWorld.print(step);
  },
};

export { isCommand };
