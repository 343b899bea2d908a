import type { Logger } from 'pino';
import { shippedArtifacts } from '../../system/deployment/shippedArtifacts.js';
import {
  artifactModelHost,
  createSystem,
  memoryArtifactStore,
  NO_SIGN_IN_LIMITS,
  openSqliteStore,
  type ReferenceSet,
  type SqliteStore,
  type System,
  seededIds,
  VirtualClock,
} from '../../system/index.js';
import { commitSignal } from '../commitSignal.js';
import { monitoredTicks } from '../health/monitoredTicks.js';
import { PumpMonitor } from '../health/PumpMonitor.js';
import { ManualTimer } from '../ManualTimer.js';
import { instrumentedSystem } from '../metrics/instrumentedSystem.js';
import type { MetricsAccess } from '../metrics/metricsRoute.js';
import { ServerMetrics } from '../metrics/ServerMetrics.js';
import { performanceStopwatch, type Stopwatch } from '../metrics/Stopwatch.js';
import { type OperatorListener, startOperatorListener } from '../metrics/startOperatorListener.js';
import { timedStore } from '../metrics/timedStore.js';
import { type RunningServer, startServer } from '../startServer.js';
import { TEST_BOOTSTRAP_TOKEN } from '../startTestServer.js';
import { startTicking } from '../startTicking.js';
import { mountOperations } from './mountOperations.js';

/** A served system with its operations mounted, and the levers its tests pull. */
export interface OperationsRig {
  server: RunningServer;
  /** The system as served: commands through it are counted in the metrics. */
  system: System;
  metrics: ServerMetrics;
  /** The operator's listener, when the metrics are `open` there. */
  operator: OperatorListener | null;
  store: SqliteStore;
  clock: VirtualClock;
  /** Fires the scheduler (timers, outbox pruning) and the heartbeat once. */
  ticks: ManualTimer;
  pump: PumpMonitor;
  /** Makes the model server throw on every call (a fault at the ModelServer port), or not. */
  failModel(failing: boolean): void;
  /** An admin, a nurse, an ML engineer and a patient (Ada Lovelace, `ada.patient`), signed in. */
  sessions: { admin: string; nurse: string; engineer: string; patient: string };
  /** Puts the shipped clean model in production with the triage flag on `model`. */
  promoteModel(): Promise<string>;
  close(): Promise<void>;
}

// Why so small: the gate's figures are not under test here, only that a version can serve.
const REFERENCE: ReferenceSet = {
  name: 'ops',
  cases: [
    { id: 'b1', text: 'can I move my appointment?', family: 'none', escalate: false, acuity: null },
  ],
};
const LAX = {
  maxOverTriage: 1,
  maxNegativeFlips: 1_000_000,
  maxRecallDrop: 1,
  maxSelfCare: 1_000_000,
  minEmergencies: 0,
};

/**
 * Starts a server on 127.0.0.1 over a deterministic system (virtual clock, seeded ids, cheap
 * passwords) with the operator's routes mounted and the pump run by a manual timer.
 * WARNING: its password cost is for tests only.
 */
export async function startOperationsRig(
  options: { metrics?: MetricsAccess; stopwatch?: Stopwatch; logger?: Logger } = {},
): Promise<OperationsRig> {
  let metrics: ServerMetrics | undefined;
  // Why the process's stopwatch, not the commands' one: the tests that fix command durations
  // would otherwise see the transactions' reads of it too.
  const store = timedStore(openSqliteStore(':memory:'), performanceStopwatch, (ms, commitMs) =>
    metrics?.transaction(ms / 1000, commitMs / 1000),
  );
  const clock = new VirtualClock();
  const commits = commitSignal();
  let failing = false;
  const good = shippedArtifacts().good;
  const inner = createSystem({
    store,
    clock,
    ids: seededIds(11),
    config: {
      passwordCost: { N: 16, r: 1, p: 1 },
      sessionTtlMs: 86_400_000,
      signInLimits: NO_SIGN_IN_LIMITS,
    },
    bootstrapToken: TEST_BOOTSTRAP_TOKEN,
    onCommit: commits.onCommit,
    deployment: {
      artifacts: memoryArtifactStore([good]),
      referenceSet: () => REFERENCE,
      modelHost: {
        serve: (artifact) => {
          const real = artifactModelHost.serve(artifact);
          return {
            predict: (input) =>
              failing ? Promise.reject(new Error('model down')) : real.predict(input),
          };
        },
      },
    },
  });
  const ticks = new ManualTimer();
  const pump = new PumpMonitor(clock, 3000);
  let server: RunningServer | undefined;
  metrics = new ServerMetrics({
    system: inner,
    pump,
    connections: () => server?.hub.connectionCount ?? 0,
  });
  const stopwatch = options.stopwatch ?? performanceStopwatch;
  const system = instrumentedSystem(inner, metrics, stopwatch);
  const access = options.metrics ?? 'staff';
  server = await startServer({
    system,
    commits,
    heartbeat: { timer: ticks },
    closeGraceMs: 0,
    app: {
      operations: mountOperations({
        system,
        pump,
        ...(access === 'staff' ? { staffMetrics: metrics } : {}),
        ...(options.logger ? { log: { logger: options.logger, stopwatch } } : {}),
      }),
    },
  });
  const operator =
    access === 'open'
      ? await startOperatorListener({ host: '127.0.0.1', port: 0 }, { system, pump, metrics })
      : null;
  const stopTicking = startTicking(monitoredTicks(system, pump), ticks, { intervalMs: 1000 });
  const sessions = await signUpCast(system);
  return {
    server,
    system,
    metrics,
    operator,
    store,
    clock,
    ticks,
    pump,
    failModel: (f) => {
      failing = f;
    },
    sessions,
    async promoteModel() {
      const { admin, engineer: session } = sessions;
      const version = good.version;
      const steps = [
        () => system.execute({ type: 'setGatePolicy', session: admin, ...LAX }),
        () => system.execute({ type: 'registerModel', session, version }),
        () => system.execute({ type: 'validateModel', session, version }),
        () => system.execute({ type: 'stageModel', session, version }),
        () => system.execute({ type: 'startCanary', session, version }),
        () => system.execute({ type: 'promoteModel', session, version }),
        () =>
          system.execute({
            type: 'setFlag',
            session: admin,
            key: 'triage-model',
            enabled: true,
            variant: 'model',
          }),
      ];
      for (const step of steps) {
        const answer = await step();
        if (!answer.ok) throw new Error(`could not promote: ${JSON.stringify(answer.error)}`);
      }
      return version;
    },
    async close() {
      stopTicking();
      await operator?.close();
      await server?.close();
      store.close();
    },
  };
}

async function signUpCast(system: System): Promise<OperationsRig['sessions']> {
  const signIn = async (username: string, password: string) => {
    const answer = await system.execute({ type: 'signIn', username, password });
    if (!answer.ok) throw new Error(`could not sign ${username} in`);
    return answer.value.session;
  };
  await system.execute({
    type: 'bootstrapAdmin',
    username: 'admin',
    password: 'admin-password',
    displayName: 'Admin',
    bootstrapToken: TEST_BOOTSTRAP_TOKEN,
  });
  const admin = await signIn('admin', 'admin-password');
  for (const [username, role] of [
    ['nurse', 'nurse'],
    ['engineer', 'ml_engineer'],
  ] as const)
    await system.execute({
      type: 'createStaff',
      session: admin,
      username,
      password: `${username}-password`,
      displayName: username,
      role,
    });
  await system.execute({
    type: 'registerPatient',
    username: 'ada.patient',
    password: 'patient-password',
    displayName: 'Ada Lovelace',
  });
  return {
    admin,
    nurse: await signIn('nurse', 'nurse-password'),
    engineer: await signIn('engineer', 'engineer-password'),
    patient: await signIn('ada.patient', 'patient-password'),
  };
}
