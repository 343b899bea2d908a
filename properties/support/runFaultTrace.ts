import { check } from '../../harness/InvariantViolation.js';
import type { RunProbe } from '../../harness/PropertyDefinition.js';
import { runTrace } from '../../harness/runTrace.js';
import type { ConversationStep } from '../../models/conversationStep.js';
import { WORLD_PATIENTS } from '../../models/conversationWorld.js';
import type { FaultStep } from '../../models/faultStep.js';
import { type FaultVerdict, faultWorld } from '../../models/faultWorld.js';
import type {
  Answer,
  CommandInput,
  HistoryPage,
  Store,
  System,
  VirtualClock,
} from '../../system/index.js';
import { checkAuditChain } from './checkAuditStep.js';
import type { FaultyStore } from './FaultyStore.js';
import { fillMalformed } from './fillMalformed.js';
import { rejectionCode } from './rejectionCode.js';
import { type SignedInUser, signUpPatient } from './signUp.js';
import { testSystem } from './testSystem.js';

/** What a run under faults ends with: a summary with no ids, to compare with a clean run. */
export type FinalState = string;

/** What a fault trace's steps made: sessions, conversations, answers, the last key. */
export interface Memory {
  patients: SignedInUser[];
  conversations: string[];
  answers: Map<string, Answer<unknown>>;
  lastKey: string | null;
}

/**
 * Runs a trace with store faults and retries: a command under a fault answers `unavailable`
 * and leaves neither change nor audit event (invariant 20); a retry with the same idempotency
 * key returns the first answer and changes nothing (21); otherwise the conversation model
 * decides. Returns the final state for the comparison with a fault-free run (24).
 */
export async function runFaultTrace(
  steps: readonly FaultStep[],
  faulty: FaultyStore,
  patients: readonly SignedInUser[],
  probe: RunProbe | null,
): Promise<FinalState> {
  const { system, clock } = faultSystem(faulty.store, 5);
  const memory: Memory = {
    patients: [...patients],
    conversations: [],
    answers: new Map(),
    lastKey: null,
  };
  let sent: SentFaultStep | undefined;
  const run: FaultRun = { system, clock, faulty, memory, probe };
  await runTrace(
    steps,
    {
      model: faultWorld,
      async perform(step, verdict, _, i) {
        sent = await sendFaultStep(run, step, verdict, i);
        return sent?.answer;
      },
      expectedCode: (verdict) => rejectionCode(verdict.rejection),
      check({ step, verdict, i }) {
        if (sent) checkFaultStep(run, step, verdict, sent, i);
      },
      finish: (n) => checkAuditChain(system, n),
    },
    probe ?? SILENT,
  );
  faulty.disarm();
  return finalState(system, memory);
}

/** A fault trace's run state: the system, its clock and store, and what the steps made. */
export interface FaultRun {
  system: System;
  clock: VirtualClock;
  faulty: FaultyStore;
  memory: Memory;
  probe: RunProbe | null;
}

/** What a fault step sent: the key, the answer, and the record counts around it. */
export interface SentFaultStep {
  key: string;
  answer: Answer<unknown>;
  before: StoreCounts;
  after: StoreCounts;
}

/** Counts as `System.counts` gives them. */
type StoreCounts = ReturnType<System['counts']>;

/** A probe that records nothing: the fault-free run is only compared at its end. */
export const SILENT: RunProbe = {
  coverage: new Map(),
  digest() {},
  label() {},
  measure() {},
};

/** Arms a fault or moves the clock, or sends the command the step stands for. */
export async function sendFaultStep(
  run: FaultRun,
  step: FaultStep,
  verdict: FaultVerdict,
  i: number,
): Promise<SentFaultStep | undefined> {
  const { system, clock, faulty, memory } = run;
  if (step.type === 'STORE_FAULT') faulty.arm(step.write);
  if (step.type === 'ADVANCE_CLOCK') clock.advance(step.ms);
  if (verdict.sends === null || verdict.kind === 'local') return undefined;
  const key = step.type === 'RETRY' ? memory.lastKey! : `k${i}`;
  const before = system.counts();
  const answer = await system.executeUnknown({
    ...command(verdict.sends, memory),
    idempotencyKey: key,
  });
  return { key, answer, before, after: system.counts() };
}

/** Invariants 1, 17, 20 and 21 for a command sent under the fault model, and what it made. */
export function checkFaultStep(
  run: FaultRun,
  step: FaultStep,
  verdict: FaultVerdict,
  { key, answer, before, after }: SentFaultStep,
  i: number,
): void {
  const { memory, probe } = run;
  if (verdict.sends === null) return;
  const unchanged = JSON.stringify(before) === JSON.stringify(after);
  if (verdict.kind === 'faulted') {
    probe?.label('fault', `store at write ${(step as { write?: number }).write ?? 'retry'}`);
    check(
      !answer.ok && answer.error.code === 'unavailable',
      '20',
      i,
      () => `a command under a store fault answered ${JSON.stringify(answer)}`,
    );
    check(
      unchanged,
      '20',
      i,
      () => `a failed command left changes: ${JSON.stringify(before)} -> ${JSON.stringify(after)}`,
    );
    const sent = verdict.sends;
    check(
      sent.type !== 'SEND_MESSAGE' ||
        sent.text.redFlag === null ||
        answer.emergencyAdvice !== undefined,
      '1',
      i,
      () =>
        `with the store down, a red-flag message (${sent.type === 'SEND_MESSAGE' ? sent.text.redFlag : ''}) got no emergency advice`,
    );
    check(
      answer.emergencyAdvice !== null,
      '1',
      i,
      () => 'with the store down, an answer carried emergency advice that is null',
    );
  } else if (verdict.kind === 'replayed') {
    const first = memory.answers.get(key);
    check(
      JSON.stringify(answer) === JSON.stringify(first),
      '21',
      i,
      () =>
        `a retry answered ${JSON.stringify(answer)}, the first answer was ${JSON.stringify(first)}`,
    );
    check(
      unchanged,
      '21',
      i,
      () => `a retry changed something: ${JSON.stringify(before)} -> ${JSON.stringify(after)}`,
    );
  } else {
    check(
      answer.ok === verdict.accepted,
      'model',
      i,
      () =>
        `expected ${verdict.accepted ? 'acceptance' : verdict.rejection}, got ${JSON.stringify(answer)}`,
    );
    if (!answer.ok) {
      const expected = rejectionCode(verdict.rejection);
      check(
        answer.error.code === expected,
        'model',
        i,
        () => `expected ${expected}, got ${answer.error.code}`,
      );
    }
    check(
      after.auditEvents === before.auditEvents + 1,
      '17',
      i,
      () => 'a command left no single audit event',
    );
    memory.answers.set(key, answer);
    if (verdict.sends.type === 'START' && answer.ok)
      memory.conversations.push((answer.value as { conversationId: string }).conversationId);
  }
  if (verdict.kind !== 'replayed') memory.lastKey = key;
}

/** The system a fault trace runs against; `seed` keeps setup and run ids apart. */
export const faultSystem = (store: Store, seed: number) => testSystem(store, seed);

/** Signs up the conversation world's patients. */
export async function signUpFaultPatients(store: Store): Promise<SignedInUser[]> {
  const { system } = faultSystem(store, 4);
  const patients: SignedInUser[] = [];
  for (let p = 0; p < WORLD_PATIENTS; p++)
    patients.push(await signUpPatient(system, `patient${p}`));
  return patients;
}

function command(step: ConversationStep, memory: Memory): CommandInput {
  switch (step.type) {
    case 'START':
      return { type: 'startConversation', session: memory.patients[step.patient]!.session };
    case 'SEND_MESSAGE':
      return {
        type: 'sendMessage',
        session: memory.patients[step.actor]!.session,
        conversationId: memory.conversations[step.conversation]!,
        text: step.text.text,
      };
    case 'READ_HISTORY':
      return {
        type: 'readHistory',
        session: memory.patients[step.actor]!.session,
        conversationId: memory.conversations[step.conversation]!,
        afterSeq: step.afterSeq,
        limit: step.limit,
      };
    case 'CLOSE':
      return {
        type: 'closeConversation',
        session: memory.patients[step.actor]!.session,
        conversationId: memory.conversations[step.conversation]!,
      };
    case 'MALFORMED':
      return fillMalformed(
        step.body,
        memory.patients[step.actor]!.session,
        memory.conversations[0] ?? 'conv_none',
      ) as CommandInput;
    case 'ADVANCE_CLOCK':
      throw new Error('the clock is not a command');
  }
}

/** Every conversation's messages and replies, and the record counts: no ids, no times. */
export async function finalState(system: System, memory: Memory): Promise<FinalState> {
  const { auditEvents, ...counts } = system.counts();
  const conversations: unknown[] = [];
  for (const id of memory.conversations) {
    const pages = await Promise.all(
      memory.patients.map((p) =>
        system.execute({ type: 'readHistory', session: p.session, conversationId: id, limit: 100 }),
      ),
    );
    const page = pages.find((a) => a.ok);
    conversations.push(
      page?.ok
        ? (page.value as HistoryPage).items.map((item) => [item.message.text, item.reply])
        : null,
    );
  }
  return JSON.stringify({ counts, auditEvents, conversations });
}
