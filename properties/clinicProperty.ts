import { clinicWalk } from '../generators/clinic.js';
import { clinicGoals } from '../generators/clinicGoals.js';
import { machineWalk } from '../generators/machineWalk.js';
import type { PropertyDefinition } from '../harness/PropertyDefinition.js';
import { ClinicStep } from '../models/clinicStep.js';
import { approvalModel, clinicWorld, escalationModel } from '../models/clinicWorld.js';
import { openSqliteStore } from '../system/index.js';
import { CLINIC_VARIANTS } from './support/clinicVariants.js';
import { preparedWorld } from './support/preparedWorld.js';
import { clinicSystem, runClinicTrace, setUpClinic } from './support/runClinicTrace.js';

/**
 * Escalation and nurse review against the real system: patients, two nurses and a charge
 * nurse act in turn, the clock makes SLAs expire, and after every step the system is where the
 * escalation and nurse-approval machines say (invariants 5-9 and 17).
 */
export const clinicProperty: PropertyDefinition<ClinicStep> = {
  name: 'clinic',
  trace: (maxSteps, guide) => machineWalk(clinicWalk, { maxSteps, invalidRate: 0.3, guide }),
  print: clinicWorld.print,
  stepSchema: ClinicStep,
  goals: clinicGoals,
  machines: [escalationModel, approvalModel],
  variants: Object.keys(CLINIC_VARIANTS),
  // Why 60: the refusals a nurse meets (a case held by another, an escalation resolved) need
  // a few steps of setting up, and a run of 40 reached some of them once in 30 runs.
  defaultMaxSteps: 60,
  runner(variant) {
    const sqlite = openSqliteStore(':memory:');
    const make = variant === undefined ? undefined : CLINIC_VARIANTS[variant];
    if (variant !== undefined && !make) throw new Error(`no variant "${variant}" of clinic`);
    const store = make ? make(sqlite) : sqlite;
    const cast = preparedWorld(sqlite, () => setUpClinic(clinicSystem(store, 1).system));
    return {
      async run(steps, probe) {
        await runClinicTrace(steps, store, await cast(), probe);
      },
      close: () => sqlite.close(),
    };
  },
};
