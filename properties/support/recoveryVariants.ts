import Database from 'better-sqlite3';
import {
  type AuditEvent,
  type BackupManifest,
  type LostWork,
  lostSinceBackup,
  type RestoreOutcome,
  restoreDatabase,
  type SqliteStore,
} from '../../system/index.js';

/** How the recovery walk restores and counts what a restore loses. */
export interface RecoveryTools {
  /** Restores the backup of `manifestPath` to `target`; `live` is the database it replaces. */
  restore(manifestPath: string, target: string, live: SqliteStore): Promise<RestoreOutcome>;
  lost(live: Iterable<AuditEvent>, manifest: BackupManifest): LostWork;
}

/** The system's own restore and loss count. */
export const RECOVERY_TOOLS: RecoveryTools = {
  restore: async (manifestPath, target) => restoreDatabase(manifestPath, target),
  lost: lostSinceBackup,
};

/** Deliberately broken recoveries the disaster-recovery property must catch. */
export const RECOVERY_VARIANTS: Record<string, RecoveryTools> = {
  /** Invariant 25: the "restore" copies the live database, so work after the backup stays. */
  'restore-keeps-later-work': {
    ...RECOVERY_TOOLS,
    restore: async (manifestPath, target, live) => {
      const outcome = restoreDatabase(manifestPath, target);
      await live.db.backup(target);
      return outcome;
    },
  },
  /**
   * Invariant 26: the records are restored but the audit anchor is kept from the live
   * database (as if it lived apart), so it vouches for entries the copy does not hold.
   */
  'anchor-not-restored': {
    ...RECOVERY_TOOLS,
    restore: async (manifestPath, target, live) => {
      const outcome = restoreDatabase(manifestPath, target);
      const anchor = live.db.prepare('SELECT id, seq, hash, recorded FROM audit_anchor').get();
      const db = new Database(target);
      try {
        db.prepare('DELETE FROM audit_anchor').run();
        if (anchor)
          db.prepare(
            'INSERT INTO audit_anchor (id, seq, hash, recorded) VALUES (@id, @seq, @hash, @recorded)',
          ).run(anchor);
      } finally {
        db.close();
      }
      return outcome;
    },
  },
  /** Invariant 27: a restore that says nothing of the work it threw away. */
  'lost-work-unreported': {
    ...RECOVERY_TOOLS,
    lost: () => ({ commands: 0, accepted: 0, diverged: false }),
  },
};
