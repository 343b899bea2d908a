import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type Database from 'better-sqlite3';
import type { BackupManifest } from './BackupManifest.js';
import { verifyDatabaseFile } from './verifyDatabaseFile.js';

/**
 * Takes an online, consistent copy of a live database into `dir` (SQLite's backup API: the
 * server keeps serving, and the copy is one committed state), checks the copy's audit chain,
 * and writes its manifest beside it. Throws, leaving no manifest, if the copy does not verify.
 */
export async function backupDatabase(
  db: Database.Database,
  dir: string,
  takenAt: number,
): Promise<BackupManifest> {
  mkdirSync(dir, { recursive: true });
  const file = `medassist-${takenAt}.db`;
  const path = join(dir, file);
  if (existsSync(path)) throw new Error(`${path} exists already`);
  // Why the rest in one step after the first: a copy made in small steps starts over whenever
  // another connection (the server) commits between two of them, which under load is always;
  // one step reads one snapshot, and in WAL mode a reader never holds a writer up.
  await db.backup(path, { progress: () => 1 << 30 });
  const facts = verifyDatabaseFile(path);
  if (!facts.audit.ok)
    throw new Error(
      `the copy's audit chain does not verify at ${facts.audit.seq}: ${facts.audit.reason}`,
    );
  const manifest: BackupManifest = {
    format: 'medassist-backup/1',
    takenAt,
    file: basename(path),
    bytes: facts.bytes,
    sha256: facts.sha256,
    auditHead:
      facts.audit.length === 0 ? null : { seq: facts.audit.length, hash: facts.audit.head },
    counts: facts.counts,
  };
  writeFileSync(join(dir, `${file}.manifest.json`), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
