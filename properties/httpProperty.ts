import fc from 'fast-check';
import { clinicWalk } from '../generators/clinic.js';
import { machineWalk, traceOf } from '../generators/machineWalk.js';
import type { PropertyDefinition } from '../harness/PropertyDefinition.js';
import { CLINIC_ROSTER } from '../models/clinicRoster.js';
import { approvalModel, escalationModel } from '../models/clinicWorld.js';
import { openSqliteStore } from '../system/index.js';
import { httpGoals } from './support/httpGoals.js';
import { HttpStep, printHttpStep, WireKind, type WireStep } from './support/httpStep.js';
import { HTTP_VARIANTS } from './support/httpVariants.js';
import { runHttpTrace } from './support/runHttpTrace.js';

/** Wire steps, each put at a position of the clinic trace (modulo its length). */
const wireSteps = fc.array(
  fc.record({
    at: fc.nat(),
    kind: fc.constantFrom(...WireKind.options),
    actor: fc.nat({ max: CLINIC_ROSTER.length - 1 }),
  }),
  { maxLength: 4 },
);

/**
 * The differential property: the same clinic trace (plus malformed requests, retries and
 * forged sessions) through the in-process API and through a real HTTP server gives the same
 * answers and the same audit log, event for event and hash for hash (invariant 17 over HTTP).
 */
export const httpProperty: PropertyDefinition<HttpStep> = {
  name: 'http',
  trace: (maxSteps) =>
    fc
      .tuple(machineWalk(clinicWalk, { maxSteps, invalidRate: 0.2 }), wireSteps)
      .map(([clinic, wires]) => {
        const steps: HttpStep[] = [...clinic.steps];
        // Why from the last: each insertion then leaves the earlier positions where they were.
        const sorted = wires
          .map((w, n): [number, WireStep] => [
            w.at % (clinic.steps.length + 1),
            { type: 'WIRE', kind: w.kind, actor: w.actor, n },
          ])
          .sort((a, b) => b[0] - a[0]);
        for (const [at, step] of sorted) steps.splice(at, 0, step);
        return traceOf(steps, printHttpStep, clinic.swarm);
      }),
  print: printHttpStep,
  stepSchema: HttpStep,
  goals: httpGoals,
  machines: [escalationModel, approvalModel],
  variants: Object.keys(HTTP_VARIANTS),
  defaultMaxSteps: 25,
  // Why a share: every step is two commands, one over a real socket.
  runsScale: 0.5,
  runner(variant) {
    const local = openSqliteStore(':memory:');
    const remote = openSqliteStore(':memory:');
    const serve = variant === undefined ? undefined : HTTP_VARIANTS[variant];
    if (variant !== undefined && !serve) throw new Error(`no variant "${variant}" of http`);
    return {
      async run(steps, probe) {
        local.truncateAll();
        remote.truncateAll();
        await runHttpTrace(steps, { local, remote, ...(serve ? { serve } : {}) }, probe);
      },
      close: () => {
        local.close();
        remote.close();
      },
    };
  },
};
