import { check } from '../../harness/InvariantViolation.js';
import type { RunProbe } from '../../harness/PropertyDefinition.js';
import { runTrace } from '../../harness/runTrace.js';
import type { ConversationStep } from '../../models/conversationStep.js';
import { conversationWorld } from '../../models/conversationWorld.js';
import type {
  Answer,
  ConversationId,
  HistoryPage,
  MessageSentValue,
  PatientReply,
  RedFlagRule,
  Store,
  System,
  VirtualClock,
} from '../../system/index.js';
import { checkAuditChain, checkAuditStep } from './checkAuditStep.js';
import { checkMalformed } from './checkMalformed.js';
import { checkSendAnswer } from './checkSendAnswer.js';
import { fillMalformed } from './fillMalformed.js';
import { InputsLedger } from './InputsLedger.js';
import { rejectionCode } from './rejectionCode.js';
import { type SignedInUser, signUpPatient } from './signUp.js';
import { testSystem } from './testSystem.js';

/** The attempt a refusal on another patient's conversation must name, by step. */
const ATTEMPTS = { SEND_MESSAGE: 'send', READ_HISTORY: 'read', CLOSE: 'close' } as const;

/** What a trace runs on: the store, the safety rules, and the patients signed up on it. */
export interface TraceSetup {
  store: Store;
  redFlagRules: readonly RedFlagRule[];
  patients: readonly SignedInUser[];
}

/** The system a conversation trace runs against; `seed` keeps setup and run ids apart. */
export const conversationSystem = (
  store: Store,
  redFlagRules: readonly RedFlagRule[],
  seed: number,
) => testSystem(store, seed, { redFlagRules });

/** Signs up the world's patients. */
export async function signUpPatients(system: System, count: number): Promise<SignedInUser[]> {
  const patients: SignedInUser[] = [];
  for (let p = 0; p < count; p++) patients.push(await signUpPatient(system, `patient${p}`));
  return patients;
}

/** What the run remembers of the system's answers, to check later answers against. */
export interface ConversationMemory {
  patients: SignedInUser[];
  conversations: Array<{
    id: ConversationId;
    owner: number;
    sent: Array<{ text: string; reply: PatientReply }>;
    escalations: Set<string>;
  }>;
  inputs: InputsLedger;
}

/**
 * Runs one trace against a fresh system: each step's answer must match the model's verdict,
 * and the invariants are checked after every step; the audit chain is verified at the end.
 */
export async function runConversationTrace(
  steps: readonly ConversationStep[],
  setup: TraceSetup,
  probe: RunProbe,
): Promise<void> {
  const { system, clock } = conversationSystem(setup.store, setup.redFlagRules, 2);
  const memory: ConversationMemory = {
    patients: [...setup.patients],
    conversations: [],
    inputs: new InputsLedger(),
  };
  let audit = system.lastAuditEvent();
  // Why per step: the record counts must be read before the step changes them.
  let counted = system.counts();

  await runTrace(
    steps,
    {
      model: conversationWorld,
      perform(step) {
        counted = system.counts();
        return perform(system, clock, memory, step);
      },
      expectedCode: (verdict) => rejectionCode(verdict.rejection),
      check({ step, answer, i }) {
        if (answer !== undefined) {
          if (!answer.ok) checkRefusalNames(step, answer.error, memory, i);
          else if (step.type === 'CLOSE') checkClosed(step, answer.value, memory, clock.now(), i);
          // Why anonymous for a malformed command: its session was never checked.
          const agent =
            step.type === 'MALFORMED'
              ? { who: 'anonymous', role: 'anonymous' }
              : { who: memory.patients[actorIndex(step)]!.userId, role: 'patient' };
          audit = checkAuditStep(system, audit, answer, agent, clock.now(), i);
          if (step.type === 'MALFORMED') checkMalformed(step.body, answer, audit!, i);
        }
        const after = system.counts();
        const expectedDelta = deltaOf(step, answer, memory);
        for (const key of Object.keys(expectedDelta) as Array<keyof typeof expectedDelta>) {
          check(
            after[key] - counted[key] === expectedDelta[key],
            '17',
            i,
            () =>
              `${key} changed by ${after[key] - counted[key]}, expected ${expectedDelta[key]} after ${JSON.stringify(answer)}`,
          );
        }
        if (step.type === 'SEND_MESSAGE' && answer) {
          probe.label('text class', step.text.textClass);
          probe.label('red flag', step.text.redFlag ?? 'none');
          if (answer.ok)
            probe.label(
              'acuity',
              system.assessment((answer.value as MessageSentValue).assessmentId)?.acuity ??
                'missing',
            );
          checkSendAnswer(system, step, answer, memory.inputs, i);
        }
        if (step.type === 'READ_HISTORY' && answer?.ok)
          checkHistory(step, answer.value as HistoryPage, memory, i);
      },
      finish: (n) => checkAuditChain(system, n),
    },
    probe,
  );
}

/** A refusal on another patient's conversation must say what was refused on which, for the client. */
function checkRefusalNames(
  step: ConversationStep,
  error: { code: string; action?: unknown; entity?: unknown },
  memory: ConversationMemory,
  i: number,
): void {
  if (error.code !== 'forbidden' || !(step.type in ATTEMPTS)) return;
  const conversation = memory.conversations[(step as { conversation: number }).conversation];
  const named = {
    action: ATTEMPTS[step.type as keyof typeof ATTEMPTS],
    entity: `Conversation/${conversation?.id}`,
  };
  check(
    JSON.stringify({ action: error.action, entity: error.entity }) === JSON.stringify(named),
    'model',
    i,
    () => `the refusal names ${JSON.stringify(error)}, expected ${JSON.stringify(named)}`,
  );
}

/** A close answers the conversation and the time it closed, nothing else. */
function checkClosed(
  step: Extract<ConversationStep, { type: 'CLOSE' }>,
  value: unknown,
  memory: ConversationMemory,
  now: number,
  i: number,
): void {
  const closed = { conversationId: memory.conversations[step.conversation]!.id, closedAt: now };
  check(
    JSON.stringify(value) === JSON.stringify(closed),
    'model',
    i,
    () => `close answered ${JSON.stringify(value)}, expected ${JSON.stringify(closed)}`,
  );
}

function actorIndex(step: ConversationStep): number {
  if (step.type === 'ADVANCE_CLOCK') throw new Error('the clock is not an actor');
  return step.type === 'START' ? step.patient : step.actor;
}

async function perform(
  system: System,
  clock: VirtualClock,
  memory: ConversationMemory,
  step: ConversationStep,
): Promise<Answer<unknown> | undefined> {
  if (step.type === 'ADVANCE_CLOCK') {
    clock.advance(step.ms);
    return undefined;
  }
  if (step.type === 'START') {
    const answer = await system.execute({
      type: 'startConversation',
      session: memory.patients[step.patient]!.session,
    });
    if (answer.ok) {
      memory.conversations.push({
        id: answer.value.conversationId,
        owner: step.patient,
        sent: [],
        escalations: new Set(),
      });
    }
    return answer;
  }
  const session = memory.patients[step.actor]!.session;
  if (step.type === 'MALFORMED') {
    const id = memory.conversations[0]?.id ?? 'conv_none';
    return system.executeUnknown(fillMalformed(step.body, session, id));
  }
  const conversation = memory.conversations[step.conversation]!;
  const conversationId = conversation.id;
  switch (step.type) {
    case 'SEND_MESSAGE': {
      const answer = await system.execute({
        type: 'sendMessage',
        session,
        conversationId,
        text: step.text.text,
      });
      if (answer.ok) conversation.sent.push({ text: step.text.text, reply: answer.value.reply });
      return answer;
    }
    case 'READ_HISTORY':
      return system.execute({
        type: 'readHistory',
        session,
        conversationId,
        afterSeq: step.afterSeq,
        limit: step.limit,
      });
    case 'CLOSE':
      return system.execute({ type: 'closeConversation', session, conversationId });
  }
}

/** The change each accepted step must make to the records; a refused step makes none. */
function deltaOf(
  step: ConversationStep,
  answer: Answer<unknown> | undefined,
  memory: ConversationMemory,
) {
  const none = {
    conversations: 0,
    messages: 0,
    assessments: 0,
    escalations: 0,
    cases: 0,
    closedConversations: 0,
  };
  if (!answer?.ok) return none;
  switch (step.type) {
    case 'START':
      return { ...none, conversations: 1 };
    case 'SEND_MESSAGE': {
      const sent = answer.value as MessageSentValue;
      const escalations = memory.conversations[step.conversation]!.escalations;
      const isNew = sent.escalationId !== null && !escalations.has(sent.escalationId);
      if (sent.escalationId !== null) escalations.add(sent.escalationId);
      return {
        ...none,
        messages: 1,
        assessments: 1,
        escalations: isNew ? 1 : 0,
        cases: sent.caseId === null ? 0 : 1,
      };
    }
    case 'CLOSE':
      return { ...none, closedConversations: 1 };
    default:
      return none;
  }
}

/** History reads back exactly what was sent, with the reply the patient was given, in order. */
function checkHistory(
  step: Extract<ConversationStep, { type: 'READ_HISTORY' }>,
  page: HistoryPage,
  memory: ConversationMemory,
  i: number,
): void {
  const sent = memory.conversations[step.conversation]!.sent;
  const expected = sent.slice(step.afterSeq, step.afterSeq + step.limit);
  check(
    page.items.length === expected.length,
    'history',
    i,
    () => `page has ${page.items.length} items, expected ${expected.length}`,
  );
  page.items.forEach((item, k) => {
    const want = expected[k]!;
    check(
      item.message.seq === step.afterSeq + k + 1,
      'history',
      i,
      () => `item ${k} has seq ${item.message.seq}`,
    );
    check(
      item.message.text === want.text,
      'history',
      i,
      () => `item ${k} reads back ${JSON.stringify(item.message.text)}`,
    );
    check(
      JSON.stringify(item.reply) === JSON.stringify(want.reply),
      '9',
      i,
      () =>
        `history shows reply ${JSON.stringify(item.reply)}, the patient was answered ${JSON.stringify(want.reply)}`,
    );
  });
  const more = sent.length > step.afterSeq + step.limit;
  const next = more ? step.afterSeq + step.limit : null;
  check(
    page.nextAfterSeq === next,
    'history',
    i,
    () => `nextAfterSeq ${page.nextAfterSeq}, expected ${next}`,
  );
}
