/**
 * `npm run backup -- --db FILE --to DIR`: an online, consistent copy of a database (the server
 * may keep running), its audit chain verified, with a manifest beside it. Exit 1 if the copy
 * does not verify.
 */
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { backupDatabase } from '../system/backup/backupDatabase.js';

const { values } = parseArgs({
  options: { db: { type: 'string', default: 'medassist.db' }, to: { type: 'string' } },
  strict: true,
});
if (values.to === undefined) {
  console.error('usage: npm run backup -- --db FILE --to DIR');
  process.exit(2);
}
const db = new Database(values.db, { fileMustExist: true });
try {
  const manifest = await backupDatabase(db, values.to, Date.now());
  console.log(
    `backed up ${values.db} to ${values.to}/${manifest.file}: ${manifest.bytes} bytes, sha256 ${manifest.sha256.slice(0, 12)}, audit head ${manifest.auditHead?.seq ?? 0}, chain verified`,
  );
} catch (error) {
  console.error(`backup failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  db.close();
}
