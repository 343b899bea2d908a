import type { AuditEvent } from '../domain/auditEvent.js';
import type { BackupManifest } from './BackupManifest.js';

/** What a restore to a backup gives up, read from the live audit log before it is replaced. */
export interface LostWork {
  /** Commands audited after the backup (accepted, denied or failed). */
  commands: number;
  /** Of those, the ones the system accepted: changes a patient or nurse was told were made. */
  accepted: number;
  /**
   * The live log does not continue the backup's (its entry at the backup's head differs, or
   * it is shorter): the backup is not of this database's past, and the counts say nothing.
   */
  diverged: boolean;
}

/**
 * Counts the work a restore would lose: every audited command after the backup's audit head,
 * since every command appends exactly one audit event. Why before the restore: afterwards
 * only the backup's past remains, and the loss could no longer be told.
 */
export function lostSinceBackup(live: Iterable<AuditEvent>, manifest: BackupManifest): LostWork {
  const head = manifest.auditHead;
  let commands = 0;
  let accepted = 0;
  let continues = head === null;
  for (const event of live) {
    if (head !== null && event.seq === head.seq) continues = event.hash === head.hash;
    if (event.seq <= (head?.seq ?? 0)) continue;
    commands++;
    if (event.outcome.label === 'accepted') accepted++;
  }
  return { commands, accepted, diverged: !continues };
}
