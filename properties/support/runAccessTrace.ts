import { check } from '../../harness/InvariantViolation.js';
import type { RunProbe } from '../../harness/PropertyDefinition.js';
import { runTrace } from '../../harness/runTrace.js';
import type { GovernedCommand } from '../../models/accessModel.js';
import { accessWorld } from '../../models/accessWorld.js';
import {
  type Answer,
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
  // What the step's performance left for its checks: the whole answer and who signed in.
  let answer: Answer<unknown> | undefined;
  let userId = '';
  await runTrace(
    steps,
    {
      model: accessWorld,
      async perform(step) {
        const name = step.role === 'patient' ? 'patient' : step.role;
        const signedIn = await system.execute({
          type: 'signIn',
          username: `u.${name}`,
          password: `${name}-password`,
        });
        if (!signedIn.ok) throw new Error(`could not sign in the ${step.role}`);
        userId = signedIn.value.userId;
        let session = signedIn.value.session;
        if (step.session === 'expired') clock.advance(SESSION_TTL_MS);
        if (step.session === 'ended') await system.execute({ type: 'signOut', session });
        if (step.session === 'forged') session = `${session}x`;
        const type = step.command as GovernedCommand;
        // Why keys shared across roles: an idempotency key is scoped to its user, so the same key
        // from another user must run afresh, never replay someone else's answer. Each user uses
        // each key once, so no attempt is a retry of its own.
        const uses = `${step.role} ${type}`;
        const n = keyUses.get(uses) ?? 0;
        keyUses.set(uses, n + 1);
        const command = {
          ...accessCommand(type, session, targets),
          idempotencyKey: `${type}#${n}`,
        };
        const got = await system.executeUnknown(command);
        answer = got;
        // Why a projection: the model judges access alone, so any other refusal passes it.
        const code = got.ok ? null : got.error.code;
        return code === 'forbidden' || code === 'unauthenticated'
          ? { ok: false, error: { code } }
          : { ok: true, value: got };
      },
      expectedCode: (verdict) => verdict.rejection,
      check({ step, verdict, i }) {
        const got = answer!;
        const event = system.lastAuditEvent()!;
        check(
          event.correlationId === got.correlationId,
          '17',
          i,
          () => 'the last audit event is not the attempt',
        );
        if (verdict.rejection === 'unauthenticated') {
          check(
            event.outcome.label === 'denied' && event.agent.who === 'anonymous',
            '8',
            i,
            () => `refused attempt audited as ${JSON.stringify(event)}`,
          );
          return;
        }
        const type = step.command as GovernedCommand;
        probe.label('role x action', `${step.role} x ${COMMAND_ACTIONS[type]!}`);
        if (verdict.rejection === 'forbidden') {
          check(
            event.outcome.label === 'denied' && event.agent.who === userId,
            '8',
            i,
            () => `forbidden attempt audited as ${JSON.stringify(event)}`,
          );
          return;
        }
        const entity = unknownVersionEntity(type);
        if (entity !== null)
          check(
            !got.ok && got.error.code === 'not_found' && got.error.entity === entity,
            'access',
            i,
            () => `${type} of a version no store holds was answered ${JSON.stringify(got)}`,
          );
      },
    },
    probe,
  );
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
