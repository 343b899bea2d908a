/**
 * `npm run restore -- --from DIR/medassist-T.db.manifest.json --db FILE [--overwrite]`:
 * restores a backup after checking its checksum and audit chain against its manifest; refuses
 * to replace an existing database unless `--overwrite`. Stop the server first.
 */
import { parseArgs } from 'node:util';
import { restoreDatabase } from '../system/backup/restoreDatabase.js';

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
const outcome = restoreDatabase(values.from, values.db, { overwrite: values.overwrite });
if (!outcome.ok) {
  console.error(`restore refused: ${outcome.reason}`);
  process.exit(1);
}
console.log(
  `restored ${outcome.manifest.file} (taken ${new Date(outcome.manifest.takenAt).toISOString()}, audit head ${outcome.manifest.auditHead?.seq ?? 0}) to ${values.db}`,
);
