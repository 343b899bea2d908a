import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, expect, test } from 'vitest';
import { createSystem } from '../index.js';
import { openSqliteStore } from '../store/openSqliteStore.js';
import { backupDatabase } from './backupDatabase.js';
import { restoreDatabase } from './restoreDatabase.js';
import { verifyDatabaseFile } from './verifyDatabaseFile.js';

const COST = { passwordCost: { N: 16, r: 1, p: 1 } };
const folders: string[] = [];
afterEach(() => {
  for (const f of folders.splice(0)) rmSync(f, { recursive: true, force: true });
});
const folder = () => {
  const f = mkdtempSync(join(tmpdir(), 'medassist-backup-'));
  folders.push(f);
  return f;
};

/** A system on a file database with a patient who has sent `messages` messages. */
async function clinicOn(path: string, messages: number) {
  const store = openSqliteStore(path);
  const system = createSystem({ store, config: COST });
  const credentials = { username: 'pat', password: 'pat-password' };
  await system.execute({ type: 'registerPatient', ...credentials, displayName: 'Pat' });
  const signedIn = await system.execute({ type: 'signIn', ...credentials });
  if (!signedIn.ok) throw new Error('no patient');
  const session = signedIn.value.session;
  const started = await system.execute({ type: 'startConversation', session });
  if (!started.ok) throw new Error('no conversation');
  const send = (text: string) =>
    system.execute({
      type: 'sendMessage',
      session,
      conversationId: started.value.conversationId,
      text,
    });
  for (let i = 0; i < messages; i++) await send(`a mild cough, day ${i}`);
  return { store, system, send };
}

// Why: a backup is only worth what its restore gives back; the copy must be the state at the
// backup, whole, while the live database goes on taking writes.
test('a backup taken while serving restores to exactly the state at the backup', async () => {
  const dir = folder();
  const live = join(dir, 'live.db');
  const { store, system, send } = await clinicOn(live, 3);
  const at = system.counts();
  const manifest = await backupDatabase(store.db, join(dir, 'backups'), 1_000);
  await send('another mild cough, after the backup');
  expect(system.counts().messages).toBe(at.messages + 1);
  store.close();

  const target = join(dir, 'restored.db');
  const restored = restoreDatabase(join(dir, 'backups', `${manifest.file}.manifest.json`), target);
  expect(restored).toEqual({ ok: true, manifest });
  const facts = verifyDatabaseFile(target);
  expect(facts.audit).toMatchObject({ ok: true, length: at.auditEvents });
  expect(facts.counts).toEqual(at);
  expect(manifest.auditHead).toEqual({
    seq: at.auditEvents,
    hash: (facts.audit as { head: string }).head,
  });
});

test('a copy whose bytes or audit chain differ from its manifest is refused, and nothing is written', async () => {
  const dir = folder();
  const { store } = await clinicOn(join(dir, 'live.db'), 2);
  const backups = join(dir, 'backups');
  const manifest = await backupDatabase(store.db, backups, 2_000);
  store.close();
  const manifestPath = join(backups, `${manifest.file}.manifest.json`);
  const copy = join(backups, manifest.file);
  const target = join(dir, 'restored.db');

  const bytes = readFileSync(copy);
  const flipped = Buffer.from(bytes);
  flipped[flipped.length - 100] = flipped[flipped.length - 100]! ^ 0xff;
  writeFileSync(copy, flipped);
  expect(restoreDatabase(manifestPath, target)).toMatchObject({
    ok: false,
    reason: expect.stringMatching(/checksum/),
  });

  // An audit entry edited in the copy, with a manifest rewritten to match its bytes.
  writeFileSync(copy, bytes);
  const db = new Database(copy);
  db.prepare(
    "UPDATE audit_events SET body = replace(body, 'sendMessage', 'signIn') WHERE seq = (SELECT max(seq) FROM audit_events)",
  ).run();
  db.close();
  const edited = verifyDatabaseFile(copy);
  writeFileSync(
    manifestPath,
    JSON.stringify({ ...manifest, sha256: edited.sha256, bytes: edited.bytes }),
  );
  expect(restoreDatabase(manifestPath, target)).toMatchObject({
    ok: false,
    reason: expect.stringMatching(/audit chain/),
  });
  expect(() => readFileSync(target)).toThrow();
});

test('restoring over an existing database needs the overwrite flag', async () => {
  const dir = folder();
  const live = join(dir, 'live.db');
  const { store } = await clinicOn(live, 1);
  const manifest = await backupDatabase(store.db, join(dir, 'backups'), 3_000);
  store.close();
  const manifestPath = join(dir, 'backups', `${manifest.file}.manifest.json`);
  expect(restoreDatabase(manifestPath, live)).toEqual({
    ok: false,
    reason: `${live} exists: restoring over it needs --overwrite`,
  });
  expect(restoreDatabase(manifestPath, live, { overwrite: true }).ok).toBe(true);
});
