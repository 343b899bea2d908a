import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifyAuditLog } from '../audit/verifyAuditLog.js';
import { openSqliteStore } from '../store/openSqliteStore.js';

/** What a database file holds, checked: its bytes' hash, its audit chain, its record counts. */
export interface DatabaseFacts {
  bytes: number;
  sha256: string;
  audit: ReturnType<typeof verifyAuditLog>;
  counts: Record<string, number>;
}

/**
 * Reads a database file whole: hashes its bytes, recomputes its audit chain against its
 * anchor and counts its records. Why open it as a store: the same reader the system uses then
 * says whether the copy would serve. Why through a scratch copy: opening a store sets its
 * journal mode and migrates it, which would change the bytes being vouched for.
 */
export function verifyDatabaseFile(path: string): DatabaseFacts {
  const content = readFileSync(path);
  const scratch = mkdtempSync(join(tmpdir(), 'medassist-verify-'));
  const copy = join(scratch, 'copy.db');
  copyFileSync(path, copy);
  const store = openSqliteStore(copy);
  try {
    return {
      bytes: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
      audit: verifyAuditLog(store.readAudit(), store.auditAnchor()),
      counts: { ...store.counts(), auditEvents: store.auditCount() },
    };
  } finally {
    store.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}
