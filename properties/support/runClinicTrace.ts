import { check } from '../../harness/InvariantViolation.js';
import type { RunProbe } from '../../harness/PropertyDefinition.js';
import { runTrace } from '../../harness/runTrace.js';
import { clinicNotices } from '../../models/clinicNotices.js';
import { CLINIC_ROSTER, MESSAGE_ACUITY } from '../../models/clinicRoster.js';
import type { ClinicStep } from '../../models/clinicStep.js';
import { type ClinicWorld, clinicWorld } from '../../models/clinicWorld.js';
import type {
  Answer,
  CaseDetail,
  ConversationId,
  ConversationSummary,
  EscalationBoardView,
  HistoryPage,
  MessageSentValue,
  PatientConversation,
  Queue,
  ReviewCase,
  StaffMember,
  Store,
  System,
  VirtualClock,
} from '../../system/index.js';
import { ClinicOutbox } from './ClinicOutbox.js';
import { checkAuditChain, checkAuditStep } from './checkAuditStep.js';
import { checkCaseDetail } from './checkCaseDetail.js';
import { checkClinicState } from './checkClinicState.js';
import { checkConversationList } from './checkConversationList.js';
import { checkConversationRead } from './checkConversationRead.js';
import { checkDecision } from './checkDecision.js';
import { checkEscalationBoard } from './checkEscalationBoard.js';
import { checkPatientHistory } from './checkPatientHistory.js';
import { checkQueue } from './checkQueue.js';
import { checkRefusal } from './checkRefusal.js';
import { checkStaffList } from './checkStaffList.js';
import { checkTimers } from './checkTimers.js';
import { clinicCommand } from './clinicCommand.js';
import { type SignedInUser, signUpPatient, signUpStaff } from './signUp.js';
import { testSystem } from './testSystem.js';

/** What the run maps from model indices to system ids. */
export interface ClinicMemory {
  actors: SignedInUser[];
  conversations: Map<number, ConversationId>;
  escalations: string[];
  cases: string[];
}

/** Runs one clinic trace against a fresh system, checking every step against the model. */
export async function runClinicTrace(
  steps: readonly ClinicStep[],
  store: Store,
  cast: ClinicCast,
  probe: RunProbe,
): Promise<void> {
  const { system, clock } = clinicSystem(store, 2);
  const start = clock.now();
  const memory: ClinicMemory = { ...cast, escalations: [], cases: [] };
  const outbox = ClinicOutbox.open(system, memory);
  let audit = system.lastAuditEvent();
  await runTrace(
    steps,
    {
      model: clinicWorld,
      perform: (step) => perform(system, clock, memory, step),
      expectedCode: (verdict) => verdict.rejection,
      check({ step, answer, before, after, i }) {
        if (answer === undefined) return;
        if (!answer.ok) checkRefusal(step, before, answer.error, memory, i);
        const actor =
          step.type === 'ADVANCE_CLOCK'
            ? undefined
            : memory.actors['actor' in step ? step.actor : step.patient]!;
        const agent = actor
          ? { who: actor.userId, role: actor.role }
          : { who: 'system', role: 'system' };
        audit = checkAuditStep(system, audit, answer, agent, clock.now(), i);
        if (step.type === 'SEND') recordSend(system, step, answer, memory, i);
        checkClinicState(system, after, memory, start, i);
        outbox.check(system, clinicNotices(before, after), memory, { start, now: after.now }, i);
        if (answer.ok) checkAnswer(system, step, answer.value, before, after, memory, start, i);
      },
      finish: (n) => checkAuditChain(system, n),
    },
    probe,
  );
}

/** Checks what an accepted step answered against the model (`before` and `after` the step). */
function checkAnswer(
  system: System,
  step: ClinicStep,
  value: unknown,
  before: ClinicWorld,
  after: ClinicWorld,
  memory: ClinicMemory,
  start: number,
  i: number,
): void {
  if (step.type === 'READ_HISTORY')
    checkPatientHistory(value as HistoryPage, after, step.patient, start, i);
  if (step.type === 'READ_QUEUE') checkQueue(step, value as Queue, after, memory, i);
  if (step.type === 'READ_CASE') checkCaseDetail(step, value as CaseDetail, after, memory, i);
  if (step.type === 'DECIDE')
    checkDecision(system, step, value as ReviewCase, before, memory, start + after.now, i);
  if (step.type === 'ADVANCE_CLOCK')
    checkTimers(value as { reEscalated: string[] }, before, after, memory, i);
  if (step.type === 'READ_CONVERSATION')
    checkConversationRead(system, step, value as PatientConversation, after, memory, start, i);
  if (step.type === 'READ_ESCALATIONS')
    checkEscalationBoard(value as EscalationBoardView, after, memory, start, i);
  if (step.type === 'LIST_STAFF')
    checkStaffList((value as { staff: StaffMember[] }).staff, memory, i);
  if (step.type === 'LIST_CONVERSATIONS')
    checkConversationList(
      (value as { conversations: ConversationSummary[] }).conversations,
      after,
      step.patient,
      memory,
      i,
    );
}

/** The system a clinic trace runs against; `seed` keeps setup and run ids apart. */
export const clinicSystem = (store: Store, seed: number) => testSystem(store, seed);

/** Who the clinic runs with: every actor of the roster signed in, each patient's conversation. */
export type ClinicCast = Pick<ClinicMemory, 'actors' | 'conversations'>;

/** Signs up the roster and opens each patient's conversation. */
export async function setUpClinic(system: System): Promise<ClinicCast> {
  const staff = await signUpStaff(
    system,
    CLINIC_ROSTER.flatMap((a) => (a.role === 'patient' ? [] : [{ name: a.name, role: a.role }])),
  );
  const actors: SignedInUser[] = [];
  const conversations = new Map<number, ConversationId>();
  for (const [i, a] of CLINIC_ROSTER.entries()) {
    if (a.role !== 'patient') {
      actors.push(staff.shift()!);
      continue;
    }
    const patient = await signUpPatient(system, a.name);
    actors.push(patient);
    const started = await system.execute({ type: 'startConversation', session: patient.session });
    if (!started.ok) throw new Error('could not start a conversation');
    conversations.set(i, started.value.conversationId);
  }
  return { actors, conversations };
}

function recordSend(
  system: System,
  step: Extract<ClinicStep, { type: 'SEND' }>,
  answer: Answer<unknown>,
  memory: ClinicMemory,
  i: number,
): void {
  if (!answer.ok) return;
  const sent = answer.value as MessageSentValue;
  const acuity = system.assessment(sent.assessmentId)?.acuity;
  check(
    acuity === MESSAGE_ACUITY[step.kind],
    'model',
    i,
    () => `${step.kind} message triaged at acuity ${acuity}`,
  );
  if (sent.escalationId !== null && !memory.escalations.includes(sent.escalationId))
    memory.escalations.push(sent.escalationId);
  if (sent.caseId !== null) memory.cases.push(sent.caseId);
}

/** Runs a step: the clock's step moves time and fires the timers; any other is a command. */
function perform(
  system: System,
  clock: VirtualClock,
  memory: ClinicMemory,
  step: ClinicStep,
): Promise<Answer<unknown>> {
  const command = clinicCommand(step, memory);
  if (command !== 'tick') return system.executeUnknown(command);
  if (step.type === 'ADVANCE_CLOCK') clock.advance(step.ms);
  return system.tick();
}
