import Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations.js';
import type { Store, StoreCounts } from './Store.js';
import { auditTables } from './sqlite/auditTables.js';
import { conversationTables } from './sqlite/conversationTables.js';
import { escalationTables } from './sqlite/escalationTables.js';
import { identityTables } from './sqlite/identityTables.js';
import { reviewTables } from './sqlite/reviewTables.js';

/** A SQLite store and the connection under it (kept for tests and closing). */
export interface SqliteStore extends Store {
  readonly db: Database.Database;
  close(): void;
  /**
   * Deletes every record, keeping the schema and prepared statements, so that a test run can
   * start from empty in microseconds with real commits (no outer transaction).
   * WARNING: refuses anything but a `:memory:` database.
   */
  truncateAll(): void;
}

/**
 * Opens (and migrates) a SQLite store: `':memory:'` or a file path. A file database runs in
 * WAL mode with `synchronous=FULL`, so an acknowledged command survives a crash.
 */
export function openSqliteStore(path = ':memory:'): SqliteStore {
  const db = new Database(path);
  if (path !== ':memory:') {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
  }
  db.pragma('foreign_keys = ON');
  // Why: statement and savepoint journals then stay off the disk.
  db.pragma('temp_store = MEMORY');
  migrate(db);
  const inMemory = path === ':memory:';
  const deletes = TABLES.map((table) => db.prepare(`DELETE FROM ${table}`));
  const truncate = db.transaction(() => {
    for (const statement of deletes) statement.run();
  });
  const counts = db.prepare(
    `SELECT ${COUNTS.map(([name, sql]) => `(${sql}) AS ${name}`).join(', ')}`,
  );
  return {
    db,
    close: () => db.close(),
    truncateAll: () => {
      if (!inMemory) throw new Error('truncateAll is for :memory: test databases only');
      truncate();
    },
    transaction: (fn) => db.transaction(fn)(),
    counts: () => counts.get() as StoreCounts,
    ...conversationTables(db),
    ...identityTables(db),
    ...escalationTables(db),
    ...reviewTables(db),
    ...auditTables(db),
  };
}

function migrate(db: Database.Database): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  for (let i = version; i < MIGRATIONS.length; i++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[i]!);
      db.pragma(`user_version = ${i + 1}`);
    })();
  }
}

/** Tables in an order that deletes children before their parents. */
const TABLES = [
  'notifications',
  'review_cases',
  'escalations',
  'assessments',
  'messages',
  'conversations',
  'patients',
  'sessions',
  'users',
  'audit_events',
  'audit_anchor',
  'idempotency',
] as const;

const COUNTS: ReadonlyArray<[keyof StoreCounts, string]> = [
  ['users', 'SELECT count(*) FROM users'],
  ['sessions', 'SELECT count(*) FROM sessions'],
  ['endedSessions', 'SELECT count(*) FROM sessions WHERE ended_at IS NOT NULL'],
  ['patients', 'SELECT count(*) FROM patients'],
  ['conversations', 'SELECT count(*) FROM conversations'],
  ['closedConversations', "SELECT count(*) FROM conversations WHERE status = 'closed'"],
  ['messages', 'SELECT count(*) FROM messages'],
  ['assessments', 'SELECT count(*) FROM assessments'],
  ['escalations', 'SELECT count(*) FROM escalations'],
  ['cases', 'SELECT count(*) FROM review_cases'],
  ['notifications', 'SELECT count(*) FROM notifications'],
];
