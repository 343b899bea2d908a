import type { RecoveryStep } from '../models/recoveryStep.js';
import {
  type RecoveryVerdict,
  type RecoveryWorld,
  recoveryWorld,
} from '../models/recoveryWorld.js';
import { faultWalk } from './faults.js';
import type { WalkSpec } from './machineWalk.js';

type Payload = typeof faultWalk.payload extends import('fast-check').Arbitrary<infer P> ? P : never;

/**
 * The fault walk with backups, restores and the real-time client's reconnection as steps,
 * offered whenever no store fault is armed (a restore only once a backup exists, a
 * reconnection only after a restore dropped the client), so they shrink with the work around
 * them.
 */
export const recoveryWalk: WalkSpec<RecoveryWorld, RecoveryStep, RecoveryVerdict, Payload> = {
  model: recoveryWorld,
  payload: faultWalk.payload,
  actions: [...faultWalk.actions, 'BACKUP', 'RESTORE', 'RECONNECT'],
  actionOf: (step) => step.type,
  candidates(world, p, swarmed) {
    const steps: RecoveryStep[] = [...faultWalk.candidates(world.live, p, swarmed)];
    if (!world.live.armed) {
      steps.push({ type: 'BACKUP' });
      if (world.backup) steps.push({ type: 'RESTORE' });
      if (world.client === 'disconnected') steps.push({ type: 'RECONNECT' });
    }
    return steps;
  },
};
