import type { RunProbe } from '../../harness/PropertyDefinition.js';
import type { ConversationStep } from '../../models/conversationStep.js';
import { type ConversationWorld, conversationWorld } from '../../models/conversationWorld.js';
import {
  type Answer,
  type Assessment,
  type ConversationId,
  canonicalJson,
  createSystem,
  type PatientId,
  type RedFlagRule,
  type Store,
  type System,
  seededIds,
  VirtualClock,
} from '../../system/index.js';
import { checkAuditStep } from './checkAuditStep.js';
import { checkSendAnswer } from './checkSendAnswer.js';
import { check } from './InvariantViolation.js';

/** What a trace runs on. */
export interface TraceSetup {
  store: Store;
  redFlagRules: readonly RedFlagRule[];
  patients: number;
}

/** What the run remembers of the system's answers, to check later answers against. */
interface Memory {
  patients: PatientId[];
  conversations: Array<{
    id: ConversationId;
    owner: number;
    sent: Array<{ text: string; assessment: Assessment }>;
  }>;
}

const REJECTION_CODES: Record<string, string> = {
  empty: 'message_empty',
  oversize: 'message_too_long',
  invalid_characters: 'message_invalid_characters',
};

/**
 * Runs one trace against a fresh system: each step's answer must match the model's verdict,
 * and the invariants are checked after every step; the audit chain is verified at the end.
 */
export async function runConversationTrace(
  steps: readonly ConversationStep[],
  setup: TraceSetup,
  probe: RunProbe,
): Promise<void> {
  const clock = new VirtualClock();
  const system = createSystem({
    store: setup.store,
    clock,
    ids: seededIds(1),
    redFlagRules: setup.redFlagRules,
  });
  const memory: Memory = { patients: [], conversations: [] };
  for (let p = 0; p < setup.patients; p++) {
    const answer = await system.execute({ type: 'registerPatient', displayName: `Patient ${p}` });
    if (!answer.ok)
      throw new Error(`could not register a patient: ${JSON.stringify(answer.error)}`);
    memory.patients.push(answer.value.patientId);
  }
  let world: ConversationWorld = conversationWorld.init();
  let audit = system.lastAuditEvent();

  for (const [i, step] of steps.entries()) {
    const verdict = conversationWorld.judge(world, step);
    for (const m of verdict.moves)
      probe.coverage.get(m.machine)?.record(m.from, m.type, m.accepted, m.to);
    const before = system.counts();
    const answer = await perform(system, clock, memory, step);
    probe.digest(`${conversationWorld.print(step)}\n${JSON.stringify(answer ?? null)}\n`);

    if (answer !== undefined) {
      check(
        answer.ok === verdict.accepted,
        'model',
        i,
        () =>
          `the model ${verdict.accepted ? 'accepts' : `refuses (${verdict.rejection})`} ${conversationWorld.print(step)}, the system answered ${JSON.stringify(answer)}`,
      );
      if (!answer.ok) {
        const expected = REJECTION_CODES[verdict.rejection ?? ''] ?? verdict.rejection;
        check(
          answer.error.code === expected,
          'model',
          i,
          () => `expected error ${expected}, got ${answer.error.code}`,
        );
      }
      const actor = memory.patients[actorIndex(step)]!;
      audit = checkAuditStep(system, audit, answer, actor, clock.now(), i);
    }
    const after = system.counts();
    const expectedDelta = deltaOf(step, answer);
    for (const key of Object.keys(expectedDelta) as Array<keyof typeof expectedDelta>) {
      check(
        after[key] - before[key] === expectedDelta[key],
        '17',
        i,
        () =>
          `${key} changed by ${after[key] - before[key]}, expected ${expectedDelta[key]} after ${JSON.stringify(answer)}`,
      );
    }
    if (step.type === 'SEND_MESSAGE' && answer) checkSendAnswer(system, step, answer, memory, i);
    if (step.type === 'READ_HISTORY' && answer?.ok)
      checkHistory(step, answer.value as HistoryValue, memory, i);
    world = conversationWorld.apply(world, step, verdict);
  }
  const verdict = system.verifyAudit();
  check(
    verdict.ok,
    '18',
    Math.max(steps.length - 1, 0),
    () => `audit chain does not verify: ${JSON.stringify(verdict)}`,
  );
}

function actorIndex(step: ConversationStep): number {
  if (step.type === 'ADVANCE_CLOCK') throw new Error('the clock is not an actor');
  return step.type === 'START' ? step.patient : step.actor;
}

async function perform(
  system: System,
  clock: VirtualClock,
  memory: Memory,
  step: ConversationStep,
): Promise<Answer<unknown> | undefined> {
  if (step.type === 'ADVANCE_CLOCK') {
    clock.advance(step.ms);
    return undefined;
  }
  if (step.type === 'START') {
    const answer = await system.execute({
      type: 'startConversation',
      actor: memory.patients[step.patient]!,
    });
    if (answer.ok)
      memory.conversations.push({ id: answer.value.conversationId, owner: step.patient, sent: [] });
    return answer;
  }
  const actor = memory.patients[step.actor]!;
  const conversation = memory.conversations[step.conversation]!;
  switch (step.type) {
    case 'SEND_MESSAGE': {
      const answer = await system.execute({
        type: 'sendMessage',
        actor,
        conversationId: conversation.id,
        text: step.text.text,
      });
      if (answer.ok)
        conversation.sent.push({ text: step.text.text, assessment: answer.value.assessment });
      return answer;
    }
    case 'READ_HISTORY':
      return system.execute({
        type: 'readHistory',
        actor,
        conversationId: conversation.id,
        afterSeq: step.afterSeq,
        limit: step.limit,
      });
    case 'CLOSE':
      return system.execute({ type: 'closeConversation', actor, conversationId: conversation.id });
  }
}

/** The change each accepted step must make to the records; a refused step makes none. */
function deltaOf(step: ConversationStep, answer: Answer<unknown> | undefined) {
  const none = {
    conversations: 0,
    messages: 0,
    assessments: 0,
    escalations: 0,
    closedConversations: 0,
  };
  if (!answer?.ok) return none;
  switch (step.type) {
    case 'START':
      return { ...none, conversations: 1 };
    case 'SEND_MESSAGE': {
      const escalated = (answer.value as { escalationId: string | null }).escalationId !== null;
      return { ...none, messages: 1, assessments: 1, escalations: escalated ? 1 : 0 };
    }
    case 'CLOSE':
      return { ...none, closedConversations: 1 };
    default:
      return none;
  }
}

type HistoryValue = {
  items: Array<{ message: { seq: number; text: string }; assessment: Assessment | null }>;
  nextAfterSeq: number | null;
};

/** History reads back exactly what was sent and assessed, in order, page by page. */
function checkHistory(
  step: Extract<ConversationStep, { type: 'READ_HISTORY' }>,
  page: HistoryValue,
  memory: Memory,
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
      canonicalJson(item.assessment) === canonicalJson(want.assessment),
      '3',
      i,
      () =>
        `stored assessment ${JSON.stringify(item.assessment)} differs from the one answered ${JSON.stringify(want.assessment)}`,
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

/** The fields in which two records differ, as `field: stored vs answered`. */
function differences(stored: object | null, answered: object): string {
  if (stored === null) return 'nothing stored';
  const a = stored as Record<string, unknown>;
  const b = answered as Record<string, unknown>;
  return [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .filter((k) => canonicalJson(a[k]) !== canonicalJson(b[k]))
    .map((k) => `${k}: ${canonicalJson(a[k])} vs ${canonicalJson(b[k])}`)
    .join('; ');
}
