import { machineWalk } from '../generators/machineWalk.js';
import { recoveryWalk } from '../generators/recovery.js';
import type { PropertyDefinition } from '../harness/PropertyDefinition.js';
import { conversationModel } from '../models/conversationWorld.js';
import { RecoveryStep } from '../models/recoveryStep.js';
import { recoveryWorld } from '../models/recoveryWorld.js';
import { openSqliteStore } from '../system/index.js';
import { FaultyStore } from './support/FaultyStore.js';
import { preparedWorld } from './support/preparedWorld.js';
import { RECOVERY_TOOLS, RECOVERY_VARIANTS } from './support/recoveryVariants.js';
import { signUpFaultPatients } from './support/runFaultTrace.js';
import { runRecoveryTrace } from './support/runRecoveryTrace.js';
import { signUpStaff } from './support/signUp.js';
import { testSystem } from './support/testSystem.js';

/**
 * Disaster recovery: the fault walk with backups and restores as steps. A restore brings back
 * exactly the state at the backup, with a verifying audit chain, and reports the work after
 * the backup as lost by count, never silently (invariants 25, 26, 27); a nurse's real-time
 * client holds exactly the nurse's outbox throughout, and after a restore resumes where the
 * backup still holds what it had, or is told to resync (28, 29).
 */
export const recoveryProperty: PropertyDefinition<RecoveryStep> = {
  name: 'recovery',
  trace: (maxSteps, guide) => machineWalk(recoveryWalk, { maxSteps, invalidRate: 0.1, guide }),
  print: recoveryWorld.print,
  stepSchema: RecoveryStep,
  machines: [conversationModel],
  variants: Object.keys(RECOVERY_VARIANTS),
  defaultMaxSteps: 30,
  // Why a smaller share: each backup and restore writes, verifies and reopens a real file.
  runsScale: 0.3,
  runner(variant) {
    const tools = variant === undefined ? RECOVERY_TOOLS : RECOVERY_VARIANTS[variant];
    if (!tools) throw new Error(`no variant "${variant}" of recovery`);
    const live = openSqliteStore(':memory:');
    const cast = preparedWorld(live, async () => {
      const store = new FaultyStore(live).store;
      const patients = await signUpFaultPatients(store);
      const [nurse] = await signUpStaff(testSystem(store, 6).system, [
        { name: 'nurse0', role: 'nurse' },
      ]);
      return { patients, nurse: nurse! };
    });
    return {
      run: async (steps, probe) => runRecoveryTrace(steps, live, await cast(), tools, probe),
      close: () => live.close(),
    };
  },
};
