import Database from 'better-sqlite3';
import {
  type AuditEvent,
  type BackupManifest,
  type Ids,
  type LostWork,
  lostSinceBackup,
  type RestoreOutcome,
  restoreDatabase,
  type SqliteStore,
} from '../../system/index.js';

/** How the recovery walk restores and counts what a restore loses. */
export interface RecoveryTools {
  /**
   * Restores the backup of `manifestPath` to `target`; `live` is the database it replaces,
   * `ids` names the restored outbox's new timeline.
   */
  restore(
    manifestPath: string,
    target: string,
    live: SqliteStore,
    ids: Ids,
  ): Promise<RestoreOutcome>;
  lost(live: Iterable<AuditEvent>, manifest: BackupManifest): LostWork;
}

/** The system's own restore and loss count. */
export const RECOVERY_TOOLS: RecoveryTools = {
  restore: async (manifestPath, target, _live, ids) =>
    restoreDatabase(manifestPath, target, { ids }),
  lost: lostSinceBackup,
};

/** Deliberately broken recoveries the disaster-recovery property must catch. */
export const RECOVERY_VARIANTS: Record<string, RecoveryTools> = {
  /** Invariant 25: the "restore" copies the live database, so work after the backup stays. */
  'restore-keeps-later-work': {
    ...RECOVERY_TOOLS,
    restore: async (manifestPath, target, live, ids) => {
      const outcome = restoreDatabase(manifestPath, target, { ids });
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
    restore: async (manifestPath, target, live, ids) => {
      const outcome = restoreDatabase(manifestPath, target, { ids });
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
  /**
   * Invariant 28: the restored outbox goes on on the backup's timeline, so a client whose
   * position names notifications the restore threw away resumes past their replacements.
   */
  'restore-keeps-timeline': {
    ...RECOVERY_TOOLS,
    restore: async (manifestPath, target, _live, ids) =>
      editRestored(restoreDatabase(manifestPath, target, { ids }), target, (db) =>
        db
          .prepare(
            `UPDATE outbox_timeline SET timeline =
               (SELECT parent FROM outbox_timelines WHERE timeline = outbox_timeline.timeline)`,
          )
          .run(),
      ),
  },
  /**
   * Invariant 29: no fork points are kept, so every client on the old timeline is told to
   * resync, even one whose notifications the backup holds, all of them.
   */
  'resync-every-restore': {
    ...RECOVERY_TOOLS,
    restore: async (manifestPath, target, _live, ids) =>
      editRestored(restoreDatabase(manifestPath, target, { ids }), target, (db) =>
        db
          .prepare(
            'DELETE FROM outbox_forks WHERE timeline = (SELECT timeline FROM outbox_timeline)',
          )
          .run(),
      ),
  },
  /** Invariant 27: a restore that says nothing of the work it threw away. */
  'lost-work-unreported': {
    ...RECOVERY_TOOLS,
    lost: () => ({ commands: 0, accepted: 0, diverged: false }),
  },
};

/** Edits a restored file (a broken restore's extra step), passing the outcome through. */
function editRestored(
  outcome: RestoreOutcome,
  target: string,
  edit: (db: Database.Database) => void,
): RestoreOutcome {
  if (!outcome.ok) return outcome;
  const db = new Database(target);
  try {
    edit(db);
  } finally {
    db.close();
  }
  return outcome;
}
