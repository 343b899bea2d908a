import type Database from 'better-sqlite3';
import type { Role, UserId } from '../../domain/user.js';
import type { IdentityRecords, SessionRecord, UserRecord } from '../Store.js';

/** Users and sessions on SQLite. */
export function identityTables(db: Database.Database): IdentityRecords {
  const q = {
    insertUser: db.prepare(
      'INSERT INTO users (id, username, role, display_name, password_hash, created_at, unit) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    getUser: db.prepare('SELECT * FROM users WHERE id = ?'),
    getUserByUsername: db.prepare(
      "SELECT * FROM users WHERE (role = 'patient') = ? AND username = ?",
    ),
    insertSession: db.prepare(
      'INSERT INTO sessions (token_hash, user_id, created_at, expires_at, ended_at) VALUES (?, ?, ?, ?, ?)',
    ),
    getSession: db.prepare('SELECT * FROM sessions WHERE token_hash = ?'),
    endSession: db.prepare(
      'UPDATE sessions SET ended_at = ? WHERE token_hash = ? AND ended_at IS NULL',
    ),
    pruneSessions: db.prepare(
      'DELETE FROM sessions WHERE expires_at < @before OR (ended_at IS NOT NULL AND ended_at < @before)',
    ),
    usersWithRole: db
      .prepare('SELECT id FROM users WHERE role = ? ORDER BY created_at, id')
      .pluck(),
    usersWithRoleIn: db
      .prepare('SELECT id FROM users WHERE role = ? AND unit = ? ORDER BY created_at, id')
      .pluck(),
  };
  return {
    insertUser: (u) =>
      void q.insertUser.run(
        u.id,
        u.username,
        u.role,
        u.displayName,
        u.passwordHash,
        u.createdAt,
        u.unit,
      ),
    getUser: (id) => toUser(q.getUser.get(id) as UserRow | undefined),
    getUserByUsername: (username, realm) =>
      toUser(q.getUserByUsername.get(realm === 'patient' ? 1 : 0, username) as UserRow | undefined),
    insertSession: (s) =>
      void q.insertSession.run(s.tokenHash, s.userId, s.createdAt, s.expiresAt, s.endedAt),
    getSession: (tokenHash) => {
      const row = q.getSession.get(tokenHash) as SessionRow | undefined;
      return row && toSession(row);
    },
    endSession: (tokenHash, at) => void q.endSession.run(at, tokenHash),
    usersWithRole: (role) => q.usersWithRole.all(role) as UserId[],
    usersWithRoleIn: (role, unit) => q.usersWithRoleIn.all(role, unit) as UserId[],
    pruneSessions: (before) => q.pruneSessions.run({ before }).changes,
  };
}

interface UserRow {
  id: string;
  username: string;
  role: string;
  display_name: string;
  password_hash: string;
  created_at: number;
  unit: string;
}

interface SessionRow {
  token_hash: string;
  user_id: string;
  created_at: number;
  expires_at: number;
  ended_at: number | null;
}

function toUser(row: UserRow | undefined): UserRecord | undefined {
  return (
    row && {
      id: row.id as UserId,
      username: row.username,
      role: row.role as Role,
      displayName: row.display_name,
      passwordHash: row.password_hash,
      createdAt: row.created_at,
      unit: row.unit,
    }
  );
}

function toSession(row: SessionRow): SessionRecord {
  return {
    tokenHash: row.token_hash,
    userId: row.user_id as UserId,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    endedAt: row.ended_at,
  };
}
