import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cryptoIds } from '../ports/cryptoIds.js';
import type { Ids } from '../ports/Ids.js';
import { openSqliteStore } from '../store/openSqliteStore.js';
import { BackupManifest } from './BackupManifest.js';
import { verifyDatabaseFile } from './verifyDatabaseFile.js';

/** Why a restore was refused, or what it restored. */
export type RestoreOutcome = { ok: true; manifest: BackupManifest } | { ok: false; reason: string };

/**
 * Restores a backup (its manifest's path) to `target`: refuses a copy whose bytes, audit chain
 * or counts differ from its manifest, and a target that exists unless `overwrite` (a live
 * database must never be replaced by accident). The copy is verified where it lies, then
 * copied beside the target and renamed over it, so the target is never half-written. The
 * copy starts a new outbox timeline (its id from `ids`), so that a real-time client whose
 * position names notifications the restore threw away is told to resync, never resumed past
 * them; one whose position the backup still holds resumes.
 * WARNING: stop the server first; a process holding the old file keeps writing to it.
 */
export function restoreDatabase(
  manifestPath: string,
  target: string,
  { overwrite = false, ids = cryptoIds() }: { overwrite?: boolean; ids?: Ids } = {},
): RestoreOutcome {
  const parsed = BackupManifest.safeParse(JSON.parse(readFileSync(manifestPath, 'utf8')));
  if (!parsed.success)
    return { ok: false, reason: `not a backup manifest: ${parsed.error.message}` };
  const manifest = parsed.data;
  const copy = join(dirname(manifestPath), manifest.file);
  if (!existsSync(copy)) return { ok: false, reason: `the copy ${copy} is missing` };
  if (existsSync(target) && !overwrite)
    return { ok: false, reason: `${target} exists: restoring over it needs --overwrite` };
  // Why the checksum before opening: a copy damaged in its schema pages cannot be opened at
  // all, and must be refused as damaged, not thrown as a database error.
  const sha256 = createHash('sha256').update(readFileSync(copy)).digest('hex');
  if (sha256 !== manifest.sha256)
    return { ok: false, reason: `the copy's checksum ${sha256} is not the manifest's` };
  let facts: ReturnType<typeof verifyDatabaseFile>;
  try {
    facts = verifyDatabaseFile(copy);
  } catch (e) {
    return { ok: false, reason: `the copy cannot be read as a database: ${(e as Error).message}` };
  }
  if (!facts.audit.ok)
    return {
      ok: false,
      reason: `the copy's audit chain breaks at ${facts.audit.seq}: ${facts.audit.reason}`,
    };
  const head = facts.audit.length === 0 ? null : facts.audit.head;
  if (head !== (manifest.auditHead?.hash ?? null))
    return { ok: false, reason: "the copy's audit head is not the manifest's" };
  const staged = `${target}.restoring`;
  copyFileSync(copy, staged);
  startTimeline(staged, ids.next('timeline'));
  for (const suffix of ['-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true });
  renameSync(staged, target);
  return { ok: true, manifest };
}

/** Starts the staged copy's new outbox timeline, and leaves it whole in one file. */
function startTimeline(path: string, timeline: string): void {
  const store = openSqliteStore(path);
  try {
    store.transaction(() => store.startTimeline(timeline));
    store.db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    store.close();
  }
  for (const suffix of ['-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
}
