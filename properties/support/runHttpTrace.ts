import { check } from '../../harness/InvariantViolation.js';
import type { RunProbe } from '../../harness/PropertyDefinition.js';
import { runTrace } from '../../harness/runTrace.js';
import type { WorldModel } from '../../harness/WorldModel.js';
import { CLINIC_ROSTER } from '../../models/clinicRoster.js';
import { type ClinicVerdict, type ClinicWorld, clinicWorld } from '../../models/clinicWorld.js';
import { MedAssistClient } from '../../server/client/MedAssistClient.js';
import { commitSignal } from '../../server/commitSignal.js';
import { ManualTimer } from '../../server/ManualTimer.js';
import { startServer } from '../../server/startServer.js';
import { startTicking } from '../../server/startTicking.js';
import {
  createSystem,
  type MessageSentValue,
  type SqliteStore,
  type System,
  seededIds,
  VirtualClock,
} from '../../system/index.js';
import { type ClinicIds, clinicCommand } from './clinicCommand.js';
import { checkAgreement, differentialSystem } from './differentialSystem.js';
import { type HttpStep, printHttpStep } from './httpStep.js';
import { httpSystem } from './httpSystem.js';
import { setUpClinic } from './runClinicTrace.js';
import { TEST_BOOTSTRAP_TOKEN, TEST_PASSWORD_COST } from './signUp.js';
import { wireRequest } from './wireRequest.js';

/** The two stores a differential run uses, and the broken server it may be told to run. */
export interface HttpRunSetup {
  local: SqliteStore;
  remote: SqliteStore;
  /** Wraps the system the server serves: a broken HTTP layer, for honesty tests. */
  serve?: (system: System) => System;
}

/**
 * Runs one trace twice at once, in-process and through a real HTTP server on 127.0.0.1, over
 * identically seeded systems: every answer, every audit event (hash chain included) and every
 * record count must agree, and the clinic model must accept what both accept.
 */
export async function runHttpTrace(
  steps: readonly HttpStep[],
  setup: HttpRunSetup,
  probe: RunProbe,
): Promise<void> {
  const config = { passwordCost: TEST_PASSWORD_COST, sessionTtlMs: 365 * 86_400_000 };
  const clocks = [new VirtualClock(), new VirtualClock()] as const;
  const bootstrapToken = TEST_BOOTSTRAP_TOKEN;
  const local = createSystem({
    store: setup.local,
    clock: clocks[0],
    ids: seededIds(3),
    config,
    bootstrapToken,
  });
  const commits = commitSignal();
  const served = createSystem({
    store: setup.remote,
    clock: clocks[1],
    ids: seededIds(3),
    config,
    bootstrapToken,
    onCommit: commits.onCommit,
  });
  const server = await startServer({
    system: setup.serve ? setup.serve(served) : served,
    commits,
    heartbeat: { timer: new ManualTimer() },
    closeGraceMs: 0,
  });
  const ticks = new ManualTimer();
  const stopTicking = startTicking(served, ticks);
  const client = new MedAssistClient(server.url);
  let at = -1;
  const twin = differentialSystem(local, httpSystem(client, served), () => at);
  try {
    const ids = await setUp(twin);
    await runTrace(
      steps,
      {
        model: httpWorld,
        async perform(step, _, __, i) {
          at = i;
          if (step.type === 'WIRE') {
            const session = ids.actors[step.actor]!.session;
            const request = wireRequest(step, session, isPatient(step.actor));
            const answers = [await request.local(local), await request.remote(client)] as const;
            checkAgreement(local, served, [...answers], i);
            probe.digest(`wire ${step.kind}\n${JSON.stringify(answers[0])}\n`);
            return undefined;
          }
          const command = clinicCommand(step, ids);
          if (command !== 'tick') return twin.executeUnknown(command);
          const ms = step.type === 'ADVANCE_CLOCK' ? step.ms : 0;
          for (const clock of clocks) clock.advance(ms);
          const answer = await local.tick();
          await ticks.fire();
          checkAgreement(local, served, [answer, answer], i);
          return answer;
        },
        expectedCode: (verdict) => verdict.rejection,
        check({ step, answer }) {
          if (step.type === 'SEND' && answer?.ok) remember(answer.value as MessageSentValue, ids);
        },
      },
      probe,
    );
    const logs = [[...local.auditLog()], [...served.auditLog()]].map((log) => JSON.stringify(log));
    check(logs[0] === logs[1], '17', Math.max(steps.length - 1, 0), () => 'the audit logs differ');
    const chain = served.verifyAudit();
    check(chain.ok, '18', Math.max(steps.length - 1, 0), () => JSON.stringify(chain));
  } finally {
    stopTicking();
    client.close();
    await server.close();
  }
}

const isPatient = (actor: number): boolean => CLINIC_ROSTER[actor]?.role === 'patient';

/** The clinic world, with the wire steps it never judges: each is compared across the twins. */
const httpWorld: WorldModel<ClinicWorld, HttpStep, ClinicVerdict> = {
  init: clinicWorld.init,
  judge: (world, step) =>
    step.type === 'WIRE'
      ? { accepted: true, moves: [], rejection: null }
      : clinicWorld.judge(world, step),
  apply: (world, step, verdict) =>
    step.type === 'WIRE' ? world : clinicWorld.apply(world, step, verdict),
  print: printHttpStep,
};

/** Signs the roster up through both systems (the clinic's own setup), with no escalations or cases yet. */
async function setUp(
  system: System,
): Promise<ClinicIds & { escalations: string[]; cases: string[] }> {
  return { ...(await setUpClinic(system)), escalations: [], cases: [] };
}

function remember(sent: MessageSentValue, ids: { escalations: string[]; cases: string[] }): void {
  if (sent.escalationId !== null && !ids.escalations.includes(sent.escalationId))
    ids.escalations.push(sent.escalationId);
  if (sent.caseId !== null) ids.cases.push(sent.caseId);
}
