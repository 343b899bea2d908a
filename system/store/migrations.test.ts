import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from './migrations.js';
import { openSqliteStore } from './openSqliteStore.js';

/** The migrations before usernames had realms (007): what a database of that release holds. */
const BEFORE_REALMS = 6;

/** A database as the release before 007 left it, with a user of each kind and a session. */
function previousRelease(path: string): void {
  const db = new Database(path);
  db.pragma('foreign_keys = ON');
  for (let i = 0; i < BEFORE_REALMS; i++) {
    db.exec(MIGRATIONS[i]!);
    db.pragma(`user_version = ${i + 1}`);
  }
  db.prepare(
    "INSERT INTO users VALUES ('usr_1', 'nina', 'nurse', 'Nina', 'h1', 1), ('pat_1', 'pat', 'patient', 'Pat', 'h2', 2)",
  ).run();
  db.prepare("INSERT INTO sessions VALUES ('t1', 'usr_1', 1, 100, NULL)").run();
  db.close();
}

describe('migrations', () => {
  it("007 onwards keep every user and session, put them in unit general, and let a patient take a staff member's name", () => {
    const dir = mkdtempSync(join(tmpdir(), 'medassist-migrate-'));
    const path = join(dir, 'store.db');
    previousRelease(path);
    const store = openSqliteStore(path);
    try {
      expect(store.getUserByUsername('nina', 'staff')?.id).toBe('usr_1');
      expect(store.getUserByUsername('nina', 'patient')).toBeUndefined();
      expect(store.getSession('t1')?.userId).toBe('usr_1');
      expect(store.getUser('usr_1' as never)?.unit).toBe('general');
      store.insertUser({
        id: 'pat_2' as never,
        username: 'nina',
        role: 'patient',
        displayName: 'Another Nina',
        passwordHash: 'h3',
        createdAt: 3,
        unit: 'general',
      });
      expect(store.getUserByUsername('nina', 'patient')?.id).toBe('pat_2');
      expect(() =>
        store.insertUser({
          id: 'pat_3' as never,
          username: 'pat',
          role: 'patient',
          displayName: 'P',
          passwordHash: 'h4',
          createdAt: 4,
          unit: 'general',
        }),
      ).toThrow(/UNIQUE/);
      expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(() =>
        store.db.prepare("INSERT INTO sessions VALUES ('t2', 'nobody', 1, 2, NULL)").run(),
      ).toThrow(/FOREIGN KEY/);
    } finally {
      store.close();
      rmSync(dir, { recursive: true });
    }
  });
});
