import { check } from '../../harness/InvariantViolation.js';
import type { RunProbe } from '../../harness/PropertyDefinition.js';
import { type GovernedCommand, mayRun } from '../../models/accessModel.js';
import {
  COMMAND_ACTIONS,
  createSystem,
  NO_SIGN_IN_LIMITS,
  type Policy,
  type Store,
  type System,
  seededIds,
  VirtualClock,
} from '../../system/index.js';
import { type AccessTargets, accessCommand, unknownVersionEntity } from './accessCommand.js';
import type { AccessStep } from './accessSteps.js';
import { CLINIC_TEXTS } from './clinicTexts.js';
import { openConversation } from './openConversation.js';
import { signUpPatient, signUpStaff, TEST_BOOTSTRAP_TOKEN, TEST_PASSWORD_COST } from './signUp.js';

const SESSION_TTL_MS = 15 * 60_000;

/**
 * Runs access attempts against a fresh system: an attempt with a session that is not valid is
 * refused as unauthenticated, one whose role the reference (`models/accessModel.ts`) does not
 * allow is refused as forbidden, and each refusal is audited as a denial naming who tried
 * (invariant 8 and the access-control property); an allowed one is never refused for access.
 */
export async function runAccessTrace(
  steps: readonly AccessStep[],
  store: Store,
  policy: Policy,
  probe: RunProbe,
): Promise<void> {
  const clock = new VirtualClock();
  const system = createSystem({
    store,
    clock,
    ids: seededIds(3),
    policy,
    // Why no sign-in limits: every attempt signs its role in afresh, at one instant.
    config: {
      passwordCost: TEST_PASSWORD_COST,
      sessionTtlMs: SESSION_TTL_MS,
      signInLimits: NO_SIGN_IN_LIMITS,
    },
    bootstrapToken: TEST_BOOTSTRAP_TOKEN,
  });
  const targets = await setUp(system);
  const keyUses = new Map<string, number>();
  for (const [i, step] of steps.entries()) {
    const name = step.role === 'patient' ? 'patient' : step.role;
    const signedIn = await system.execute({
      type: 'signIn',
      username: `u.${name}`,
      password: `${name}-password`,
    });
    if (!signedIn.ok) throw new Error(`could not sign in the ${step.role}`);
    let session = signedIn.value.session;
    if (step.session === 'expired') clock.advance(SESSION_TTL_MS);
    if (step.session === 'ended') await system.execute({ type: 'signOut', session });
    if (step.session === 'forged') session = `${session}x`;

    const type = step.command as GovernedCommand;
    const action = COMMAND_ACTIONS[type]!;
    // Why keys shared across roles: an idempotency key is scoped to its user, so the same key
    // from another user must run afresh, never replay someone else's answer. Each user uses
    // each key once, so no attempt is a retry of its own.
    const uses = `${step.role} ${type}`;
    const n = keyUses.get(uses) ?? 0;
    keyUses.set(uses, n + 1);
    const command = { ...accessCommand(type, session, targets), idempotencyKey: `${type}#${n}` };
    const answer = await system.executeUnknown(command);
    probe.digest(`${JSON.stringify(step)}\n${JSON.stringify(answer)}\n`);
    const event = system.lastAuditEvent()!;
    const code = answer.ok ? null : answer.error.code;
    if (step.session !== 'valid') {
      check(
        code === 'unauthenticated',
        'access',
        i,
        () => `a ${step.session} session was answered ${JSON.stringify(answer)}`,
      );
      check(
        event.outcome.label === 'denied' && event.agent.who === 'anonymous',
        '8',
        i,
        () => `refused attempt audited as ${JSON.stringify(event)}`,
      );
      continue;
    }
    probe.label('role x action', `${step.role} x ${action}`);
    if (!mayRun(step.role, type)) {
      check(
        code === 'forbidden',
        'access',
        i,
        () => `${step.role} may not ${type}, yet was answered ${JSON.stringify(answer)}`,
      );
      check(
        event.outcome.label === 'denied' && event.agent.who === signedIn.value.userId,
        '8',
        i,
        () => `forbidden attempt audited as ${JSON.stringify(event)}`,
      );
    } else {
      check(
        code !== 'forbidden' && code !== 'unauthenticated',
        'access',
        i,
        () => `${step.role} may ${type}, yet was refused: ${JSON.stringify(answer)}`,
      );
      const entity = unknownVersionEntity(type);
      if (entity !== null)
        check(
          !answer.ok && answer.error.code === 'not_found' && answer.error.entity === entity,
          'access',
          i,
          () => `${type} of a version no store holds was answered ${JSON.stringify(answer)}`,
        );
    }
    check(
      event.correlationId === answer.correlationId,
      '17',
      i,
      () => 'the last audit event is not the attempt',
    );
  }
}

/** One user per role, and a conversation, an escalation and a review case to act on. */
async function setUp(system: System): Promise<AccessTargets> {
  const [nurse] = await signUpStaff(system, [
    { name: 'nurse', role: 'nurse' },
    { name: 'charge_nurse', role: 'charge_nurse' },
    { name: 'ml_engineer', role: 'ml_engineer' },
  ]);
  const patient = await signUpPatient(system, 'patient');
  const { conversationId, send } = await openConversation(system, patient);
  const emergency = await send(CLINIC_TEXTS.emergency2);
  const review = await send(CLINIC_TEXTS.review);
  return {
    conversationId,
    escalationId: emergency.escalationId!,
    caseId: review.caseId!,
    nurseId: nurse!.userId,
  };
}
