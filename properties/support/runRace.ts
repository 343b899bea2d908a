import type fc from 'fast-check';
import { check } from '../../harness/InvariantViolation.js';
import {
  type Answer,
  createSystem,
  rulesOnlyModel,
  type Store,
  type System,
  seededIds,
  VirtualClock,
} from '../../system/index.js';
import { CLINIC_TEXTS, REASON } from './clinicTexts.js';
import { openConversation } from './openConversation.js';
import {
  type SignedInUser,
  signUpPatient,
  signUpStaff,
  TEST_BOOTSTRAP_TOKEN,
  TEST_PASSWORD_COST,
} from './signUp.js';

/** The races the concurrency property runs, two commands each. */
export const RACES = [
  'decide-decide',
  'claim-reassign',
  'ack-ack',
  'send-close',
  'send-signout',
] as const;
export type Race = (typeof RACES)[number];

interface Cast {
  system: System;
  patient: SignedInUser;
  n0: SignedInUser;
  n1: SignedInUser;
  cn: SignedInUser;
  conversationId: string;
  claimedCase: string;
  pendingCase: string;
  escalationId: string;
}

/**
 * Runs one race under fast-check's scheduler: the scheduler decides when each command starts
 * and when the model answers a message, so a command can find the world changed between its
 * checks outside the transaction and its commit. Exactly one of two conflicting commands wins,
 * the loser is refused with a typed error, and the audit log records both in commit order.
 */
export async function runRace(race: Race, s: fc.Scheduler, store: Store): Promise<void> {
  let racing = false;
  const model = rulesOnlyModel();
  const system = createSystem({
    store,
    clock: new VirtualClock(),
    ids: seededIds(4),
    modelServer: {
      predict: (input) =>
        racing ? s.schedule(model.predict(input), 'model answers') : model.predict(input),
    },
    config: { passwordCost: TEST_PASSWORD_COST },
    bootstrapToken: TEST_BOOTSTRAP_TOKEN,
  });
  const cast = await setUp(system);
  const before = system.counts();
  racing = true;
  const [a, b] = commands(race, cast);
  const start = (label: string, cmd: object) =>
    s
      .schedule(Promise.resolve(), `start ${label}`)
      .then(() => system.executeUnknown({ ...cmd, correlationId: label }));
  const [first, second] = await s.waitFor(Promise.all([start('a', a), start('b', b)]));
  const order = commitOrder(system);
  check(
    system.counts().auditEvents === before.auditEvents + 2,
    '17',
    0,
    () => 'the race did not leave exactly two audit events',
  );
  check(system.verifyAudit().ok, '18', 0, () => 'the audit chain does not verify after the race');
  judge(race, cast, first, second, order);
}

function commands(race: Race, c: Cast): [object, object] {
  switch (race) {
    case 'decide-decide':
      return [
        {
          type: 'decideCase',
          session: c.n0.session,
          caseId: c.claimedCase,
          outcome: 'approve',
          reason: REASON,
        },
        {
          type: 'decideCase',
          session: c.n1.session,
          caseId: c.claimedCase,
          outcome: 'reject',
          reason: REASON,
          breakGlass: { reason: REASON },
        },
      ];
    case 'claim-reassign':
      return [
        { type: 'claimCase', session: c.n1.session, caseId: c.pendingCase },
        { type: 'reassignCase', session: c.cn.session, caseId: c.pendingCase, to: c.n0.userId },
      ];
    case 'ack-ack':
      return [
        { type: 'acknowledgeEscalation', session: c.n0.session, escalationId: c.escalationId },
        { type: 'acknowledgeEscalation', session: c.n1.session, escalationId: c.escalationId },
      ];
    case 'send-close':
      return [
        {
          type: 'sendMessage',
          session: c.patient.session,
          conversationId: c.conversationId,
          text: CLINIC_TEXTS.routine,
        },
        { type: 'closeConversation', session: c.patient.session, conversationId: c.conversationId },
      ];
    case 'send-signout':
      return [
        {
          type: 'sendMessage',
          session: c.patient.session,
          conversationId: c.conversationId,
          text: CLINIC_TEXTS.routine,
        },
        { type: 'signOut', session: c.patient.session },
      ];
  }
}

/** Which of the two commands committed first, from the audit log. */
function commitOrder(system: System): 'a' | 'b' {
  const last = [...system.auditLog()].slice(-2);
  return last[0]?.correlationId === 'a' ? 'a' : 'b';
}

function judge(
  race: Race,
  c: Cast,
  a: Answer<unknown>,
  b: Answer<unknown>,
  first: 'a' | 'b',
): void {
  const code = (x: Answer<unknown>) => (x.ok ? 'ok' : x.error.code);
  const both = `a: ${JSON.stringify(a)}; b: ${JSON.stringify(b)}; a committed ${first === 'a' ? 'first' : 'second'}`;
  switch (race) {
    case 'decide-decide':
    case 'ack-ack': {
      check(a.ok !== b.ok, '7', 0, () => `exactly one of two concurrent ${race} must win: ${both}`);
      const winner = first === 'a' ? a : b;
      check(
        winner.ok && code(first === 'a' ? b : a) === 'invalid_state',
        '7',
        0,
        () => `the first to commit must win: ${both}`,
      );
      return;
    }
    case 'claim-reassign': {
      check(b.ok, '7', 0, () => `a reassignment of an undecided case must win: ${both}`);
      check(
        a.ok === (first === 'a'),
        '7',
        0,
        () => `a claim wins only before the reassignment: ${both}`,
      );
      const assignee = c.system.reviewCase(c.pendingCase as never)?.assignee;
      check(
        assignee === c.n0.userId,
        '7',
        0,
        () => `the case ended with ${assignee}, not the reassigned nurse: ${both}`,
      );
      return;
    }
    case 'send-close':
    case 'send-signout': {
      const refusal = race === 'send-close' ? 'conversation_closed' : 'unauthenticated';
      check(b.ok, 'race', 0, () => `the ${race} second command must succeed: ${both}`);
      check(
        first === 'a' ? a.ok : code(a) === refusal,
        'race',
        0,
        () =>
          `a message committed after the ${race === 'send-close' ? 'close' : 'sign-out'} must be refused with ${refusal}: ${both}`,
      );
      return;
    }
  }
}

async function setUp(system: System): Promise<Cast> {
  const [n0, n1, cn] = await signUpStaff(system, [
    { name: 'n0', role: 'nurse' },
    { name: 'n1', role: 'nurse' },
    { name: 'cn', role: 'charge_nurse' },
  ]);
  const patient = await signUpPatient(system, 'patient');
  const { conversationId, send } = await openConversation(system, patient);
  const claimed = await send(CLINIC_TEXTS.review);
  const pending = await send(CLINIC_TEXTS.review);
  const emergency = await send(CLINIC_TEXTS.emergency2);
  await system.execute({ type: 'claimCase', session: n0!.session, caseId: claimed.caseId! });
  return {
    system,
    patient,
    n0: n0!,
    n1: n1!,
    cn: cn!,
    conversationId,
    claimedCase: claimed.caseId!,
    pendingCase: pending.caseId!,
    escalationId: emergency.escalationId!,
  };
}
