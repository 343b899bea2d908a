import fc from 'fast-check';
import { traceOf } from '../generators/machineWalk.js';
import type { PropertyDefinition } from '../harness/PropertyDefinition.js';
import { BOUNDARY_LIMITS } from '../models/boundaryModel.js';
import { commitSignal } from '../server/commitSignal.js';
import { ManualTimer } from '../server/ManualTimer.js';
import { type FetchHandler, type RunningServer, startServer } from '../server/startServer.js';
import {
  createSystem,
  DEFAULT_SIGN_IN_LIMITS,
  openSqliteStore,
  type System,
  type SystemConfig,
  seededIds,
  VirtualClock,
} from '../system/index.js';
import { boundaryGoals } from './support/boundaryGoals.js';
import { BoundaryStep, boundaryStep, printBoundaryStep } from './support/boundaryStep.js';
import { BOUNDARY_VARIANTS } from './support/boundaryVariants.js';
import {
  BOUNDARY_TOKEN,
  type BoundaryCast,
  countingPasswords,
  setUpBoundary,
} from './support/boundaryWorld.js';
import { preparedWorld } from './support/preparedWorld.js';
import { runBoundaryTrace } from './support/runBoundaryTrace.js';
import { TEST_PASSWORD_COST } from './support/signUp.js';

// Why checked here: the model states PROTOCOL's limits; the system must run with the same.
for (const [model, system] of [
  [BOUNDARY_LIMITS.peer, DEFAULT_SIGN_IN_LIMITS.perPeer],
  [BOUNDARY_LIMITS.account, DEFAULT_SIGN_IN_LIMITS.perAccount],
] as const)
  if (model.capacity !== system.capacity || model.refillMs !== system.refillMs)
    throw new Error('the boundary model and the sign-in limits disagree');

const CONFIG: Partial<SystemConfig> = {
  passwordCost: TEST_PASSWORD_COST,
  sessionTtlMs: 365 * 86_400_000,
};

/**
 * The boundary property (issue 17): requests an adversary or a careless client sends, over
 * real HTTP on 127.0.0.1 from several peer addresses, each held to what the model says it must
 * get (status, typed error code, audit events, records changed): idempotency keys reused
 * across bodies and command types, list filters at and past their maximum, red-flag messages
 * refused for size, characters, a closed or someone else's conversation, cross-origin simple
 * requests and non-JSON bodies, bursts of concurrent anonymous sign-ins under the production
 * rate limits and lockout (on the virtual clock), strict-integer query parameters.
 */
export const boundaryProperty: PropertyDefinition<BoundaryStep> = {
  name: 'boundary',
  trace: (maxSteps) =>
    fc
      .array(boundaryStep, { maxLength: maxSteps, size: 'max' })
      .map((steps) => traceOf(steps, printBoundaryStep)),
  print: printBoundaryStep,
  stepSchema: BoundaryStep,
  goals: boundaryGoals,
  machines: [],
  variants: Object.keys(BOUNDARY_VARIANTS),
  defaultMaxSteps: 25,
  // Why a share: every step is one or more requests over a real socket.
  runsScale: 0.5,
  runner(variant) {
    const broken = variant === undefined ? {} : BOUNDARY_VARIANTS[variant];
    if (!broken) throw new Error(`no variant "${variant}" of boundary`);
    const sqlite = openSqliteStore(':memory:');
    const commits = commitSignal();
    let current: System | null = null;
    // Why a system that forwards: one server for every run, a fresh system (and guard) each.
    const served = new Proxy({} as System, {
      get: (_, name) => (current as unknown as Record<PropertyKey, unknown>)[name],
    });
    let server: Promise<RunningServer> | null = null;
    // Why a layer made afresh each run: a broken layer's memory must not leak from one run to
    // the next, or a shrunk trace would depend on the runs before it.
    let app: FetchHandler | null = null;
    let layer: FetchHandler | null = null;
    const cast = preparedWorld<BoundaryCast>(sqlite, () =>
      setUpBoundary(
        createSystem({
          store: sqlite,
          ids: seededIds(1),
          config: CONFIG,
          bootstrapToken: BOUNDARY_TOKEN,
        }),
      ),
    );
    return {
      async run(steps, probe) {
        server ??= startServer({
          system: served,
          commits,
          heartbeat: { timer: new ManualTimer() },
          closeGraceMs: 0,
          wrapFetch: (fetch) => {
            app = fetch;
            return (request, env) => layer!(request, env);
          },
        });
        const running = await server;
        layer = broken.fetch ? broken.fetch(app!) : app;
        const world = await cast();
        const clock = new VirtualClock();
        const passwords = countingPasswords();
        const system = createSystem({
          store: sqlite,
          clock,
          ids: seededIds(2),
          config: { ...CONFIG, ...broken.config },
          bootstrapToken: BOUNDARY_TOKEN,
          onCommit: commits.onCommit,
          passwords,
        });
        current = broken.system ? broken.system(system) : system;
        await runBoundaryTrace(
          steps,
          { server: running, system, clock, passwords, cast: world },
          probe,
        );
      },
      close: () => {
        void server?.then((s) => s.close()).finally(() => sqlite.close());
        if (!server) sqlite.close();
      },
    };
  },
};
