import { faultGoals } from '../generators/faultGoals.js';
import { faultWalk } from '../generators/faults.js';
import { machineWalk } from '../generators/machineWalk.js';
import { check } from '../harness/InvariantViolation.js';
import type { PropertyDefinition } from '../harness/PropertyDefinition.js';
import { conversationModel } from '../models/conversationWorld.js';
import { FaultStep } from '../models/faultStep.js';
import { faultWorld } from '../models/faultWorld.js';
import { openSqliteStore } from '../system/index.js';
import { FaultyStore } from './support/FaultyStore.js';
import { FAULT_VARIANTS } from './support/faultVariants.js';
import { preparedWorld } from './support/preparedWorld.js';
import { runFaultTrace, signUpFaultPatients } from './support/runFaultTrace.js';

/**
 * The trace a fault-free system runs: no faults, no attempt that failed, and a command whose
 * attempts all failed not at all. A command that failed and then succeeded on a retry is kept
 * once, where it was first sent (nothing but faults and the clock can come between).
 */
function faultFree(steps: readonly FaultStep[]): FaultStep[] {
  let world = faultWorld.init();
  const verdicts = steps.map((step) => {
    const verdict = faultWorld.judge(world, step);
    world = faultWorld.apply(world, step, verdict);
    return verdict;
  });
  const kinds = verdicts.map((v) => v.kind);
  const kept: FaultStep[] = [];
  steps.forEach((step, i) => {
    const resent = verdicts[i]!.sends;
    // Why a malformed command's retry is kept as the command itself: it is not a retry to
    // the system (nothing in it is trusted, its key neither), just the same command again.
    if (step.type === 'RETRY' && kinds[i] === 'command' && resent?.type === 'MALFORMED') {
      kept.push(resent);
      return;
    }
    if (step.type === 'STORE_FAULT' || kinds[i] === 'faulted') {
      if (
        step.type !== 'RETRY' &&
        step.type !== 'STORE_FAULT' &&
        step.type !== 'MALFORMED' &&
        laterRetrySucceeds(steps, kinds, i)
      )
        kept.push(step);
      return;
    }
    kept.push(step);
  });
  return kept;
}

/** Whether a failed command is retried, before any other command, by a retry that runs. */
function laterRetrySucceeds(
  steps: readonly FaultStep[],
  kinds: readonly string[],
  i: number,
): boolean {
  for (let j = i + 1; j < steps.length; j++) {
    const step = steps[j]!;
    if (step.type === 'STORE_FAULT' || step.type === 'ADVANCE_CLOCK') continue;
    if (step.type !== 'RETRY') return false;
    if (kinds[j] !== 'faulted') return true;
  }
  return false;
}

/**
 * Consistency after failures: store faults and retries are steps of the conversation walk;
 * a failed command changes nothing and can be retried, a retry changes nothing twice, and the
 * run ends in the same state as a fault-free run of the same commands (invariants 20, 21, 24).
 */
export const faultProperty: PropertyDefinition<FaultStep> = {
  name: 'faults',
  trace: (maxSteps, guide) => machineWalk(faultWalk, { maxSteps, invalidRate: 0.1, guide }),
  print: faultWorld.print,
  stepSchema: FaultStep,
  goals: faultGoals,
  machines: [conversationModel],
  variants: Object.keys(FAULT_VARIANTS),
  defaultMaxSteps: 30,
  runner(variant) {
    const faulted = openSqliteStore(':memory:');
    const clean = openSqliteStore(':memory:');
    const make = variant === undefined ? undefined : FAULT_VARIANTS[variant];
    if (variant !== undefined && !make) throw new Error(`no variant "${variant}" of faults`);
    const faulty = new FaultyStore(make ? make(faulted) : faulted);
    const pristine = new FaultyStore(clean);
    const faultedPatients = preparedWorld(faulted, () => signUpFaultPatients(faulty.store));
    const cleanPatients = preparedWorld(clean, () => signUpFaultPatients(pristine.store));
    return {
      async run(steps, probe) {
        const withFaults = await runFaultTrace(steps, faulty, await faultedPatients(), probe);
        const withoutFaults = await runFaultTrace(
          faultFree(steps),
          pristine,
          await cleanPatients(),
          null,
        );
        check(
          withFaults === withoutFaults,
          '24',
          Math.max(steps.length - 1, 0),
          () =>
            `the run under faults ended in ${withFaults}, the fault-free run in ${withoutFaults}`,
        );
      },
      close: () => {
        faulted.close();
        clean.close();
      },
    };
  },
};
