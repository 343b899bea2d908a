/**
 * `npm run restore -- --from DIR/medassist-T.db.manifest.json --db FILE [--overwrite]`:
 * restores a backup after checking its checksum and audit chain against its manifest; refuses
 * to replace an existing database unless `--overwrite`. Stop the server first.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { BackupManifest } from '../system/backup/BackupManifest.js';
import { type LostWork, lostSinceBackup } from '../system/backup/lostSinceBackup.js';
import { restoreDatabase } from '../system/backup/restoreDatabase.js';
import { createSystem, openSqliteStore } from '../system/index.js';

const { values } = parseArgs({
  options: {
    from: { type: 'string' },
    db: { type: 'string', default: 'medassist.db' },
    overwrite: { type: 'boolean', default: false },
  },
  strict: true,
});
if (values.from === undefined) {
  console.error('usage: npm run restore -- --from MANIFEST --db FILE [--overwrite]');
  process.exit(2);
}
// Why before the restore: afterwards the work done since the backup can no longer be counted.
let lost: LostWork | null = null;
if (existsSync(values.db) && values.overwrite) {
  const manifest = BackupManifest.safeParse(JSON.parse(readFileSync(values.from, 'utf8')));
  if (manifest.success) {
    const live = openSqliteStore(values.db);
    try {
      lost = lostSinceBackup(createSystem({ store: live }).auditLog(), manifest.data);
    } finally {
      live.close();
    }
  }
}
const outcome = restoreDatabase(values.from, values.db, { overwrite: values.overwrite });
if (!outcome.ok) {
  console.error(`restore refused: ${outcome.reason}`);
  process.exit(1);
}
if (lost?.diverged)
  console.log(
    `the replaced database was not a continuation of this backup: its work is not counted`,
  );
else if (lost)
  console.log(
    `LOST: ${lost.commands} commands audited after the backup (${lost.accepted} accepted) are not in the restored database`,
  );
console.log(
  `restored ${outcome.manifest.file} (taken ${new Date(outcome.manifest.takenAt).toISOString()}, audit head ${outcome.manifest.auditHead?.seq ?? 0}) to ${values.db}`,
);
