import type { Verdict, WorldModel } from '../harness/WorldModel.js';
import type { FaultStep } from './faultStep.js';
import { type FaultVerdict, type FaultWorld, faultWorld } from './faultWorld.js';
import type { RecoveryStep } from './recoveryStep.js';

/** Commands the system audited and accepted since some point. */
export interface WorkCount {
  commands: number;
  accepted: number;
}

/** The fault world, the world as it was at the latest backup, and the work done since. */
export interface RecoveryWorld {
  live: FaultWorld;
  backup: FaultWorld | null;
  /** Work done since the latest backup (zero before any backup). */
  sinceBackup: WorkCount;
  /** The nurse's real-time client: a restore's restart drops it until it reconnects. */
  client: 'connected' | 'disconnected';
}

/** What the model expects of a recovery step. */
export interface RecoveryVerdict extends Verdict {
  /**
   * `backup`: a copy of the live state is taken, nothing changes; `restore`: the live state
   * becomes the backup's, and `lost` is the work the restore must report; otherwise the
   * fault world's verdict.
   */
  kind: FaultVerdict['kind'] | 'backup' | 'restore' | 'reconnect';
  fault: FaultVerdict | null;
  lost: WorkCount | null;
  /** At a restore: conversations the backup held, and how many of them were closed. */
  restored: { conversations: number; closed: number } | null;
}

const NONE: WorkCount = { commands: 0, accepted: 0 };

/**
 * The fault world with backups and restores as steps. A backup remembers the world; a restore
 * brings back exactly that world (nothing after it, nothing half) and must report, by count,
 * every command audited since the backup and how many were accepted (invariant 27). Backups
 * and restores happen with no store fault armed: a fault belongs to the next command. The
 * restart drops the nurse's real-time client; it comes back at a RECONNECT step.
 */
export const recoveryWorld: WorldModel<RecoveryWorld, RecoveryStep, RecoveryVerdict> = {
  init: () => ({ live: faultWorld.init(), backup: null, sinceBackup: NONE, client: 'connected' }),

  judge(world, step) {
    if (step.type === 'RECONNECT')
      return {
        accepted: world.client === 'disconnected',
        moves: [],
        kind: 'reconnect',
        fault: null,
        lost: null,
        restored: null,
      };
    if (step.type === 'BACKUP' || step.type === 'RESTORE') {
      const enabled = !world.live.armed && (step.type === 'BACKUP' || world.backup !== null);
      const backup = world.backup;
      const restoring = step.type === 'RESTORE' && enabled && backup !== null;
      return {
        accepted: enabled,
        moves: [],
        kind: step.type === 'BACKUP' ? 'backup' : 'restore',
        fault: null,
        lost: restoring ? world.sinceBackup : null,
        restored: restoring
          ? {
              conversations: backup.inner.conversations.length,
              closed: backup.inner.conversations.filter((c) => c.state === 'closed').length,
            }
          : null,
      };
    }
    const fault = faultWorld.judge(world.live, step);
    return {
      accepted: fault.accepted,
      moves: fault.moves,
      kind: fault.kind,
      fault,
      lost: null,
      restored: null,
    };
  },

  apply(world, step, verdict) {
    if (step.type === 'BACKUP')
      return verdict.accepted ? { ...world, backup: world.live, sinceBackup: NONE } : world;
    if (step.type === 'RESTORE')
      return verdict.accepted && world.backup
        ? { ...world, live: world.backup, sinceBackup: NONE, client: 'disconnected' }
        : world;
    if (step.type === 'RECONNECT')
      return verdict.accepted ? { ...world, client: 'connected' } : world;
    const fault = verdict.fault!;
    const live = faultWorld.apply(world.live, step as FaultStep, fault);
    // Why only `command`: a faulted attempt leaves no audit event, a replay appends none.
    const audited = fault.kind === 'command';
    const sinceBackup = audited
      ? {
          commands: world.sinceBackup.commands + 1,
          accepted: world.sinceBackup.accepted + (fault.accepted ? 1 : 0),
        }
      : world.sinceBackup;
    return { ...world, live, sinceBackup };
  },

  print(step) {
    if (step.type === 'BACKUP') return 'backup(live database, online)';
    if (step.type === 'RESTORE') return 'restore(latest backup, restart on it)';
    if (step.type === 'RECONNECT') return 'reconnect(nurse client)';
    return faultWorld.print(step);
  },
};
