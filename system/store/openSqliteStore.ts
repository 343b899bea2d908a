import Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations.js';
import type { Store, StoreCounts } from './Store.js';
import { auditTables } from './sqlite/auditTables.js';
import { conversationTables } from './sqlite/conversationTables.js';
import { deliveryTables } from './sqlite/deliveryTables.js';
import { deploymentTables } from './sqlite/deploymentTables.js';
import { escalationTables } from './sqlite/escalationTables.js';
import { identityTables } from './sqlite/identityTables.js';
import { operationsTables } from './sqlite/operationsTables.js';
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
  /**
   * Remembers how far every table reaches now, and returns a function that deletes every row
   * added since and restores the audit anchor: a run starts from a prepared world (users
   * signed up, sessions open) in microseconds.
   * WARNING: rows that existed at the checkpoint must not be updated by the runs, since
   * updates are not undone; and refuses anything but a `:memory:` database.
   */
  checkpoint(): () => void;
}

/**
 * Opens (and migrates) a SQLite store: `':memory:'`, a file path, or a database image (the
 * bytes of a file, opened in memory; the file is untouched). A file database runs in
 * WAL mode with `synchronous=FULL`, so an acknowledged command survives a crash.
 */
export function openSqliteStore(path: string | Buffer = ':memory:'): SqliteStore {
  const db = new Database(path);
  const inMemory = typeof path !== 'string' || path === ':memory:';
  if (!inMemory) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
  }
  db.pragma('foreign_keys = ON');
  // Why: statement and savepoint journals then stay off the disk.
  db.pragma('temp_store = MEMORY');
  migrate(db);
  // Why one wrapper for every transaction: better-sqlite3 builds a wrapper per call of
  // db.transaction (7.4 us against 0.87 us for calling one built once); nested calls of the
  // same wrapper become savepoints, as before.
  const inTransaction = db.transaction((fn: () => unknown) => fn());
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
    checkpoint: () => {
      if (!inMemory) throw new Error('checkpoint is for :memory: test databases only');
      const grown = TABLES.filter((t) => t !== 'audit_anchor').map((table) => {
        const mark = db
          .prepare(`SELECT coalesce(max(rowid), 0) FROM ${table}`)
          .pluck()
          .get() as number;
        return db.prepare(`DELETE FROM ${table} WHERE rowid > ${mark}`);
      });
      const anchor = db
        .prepare('SELECT id, seq, hash, recorded FROM audit_anchor')
        .all() as object[];
      const resetAnchor = db.prepare('DELETE FROM audit_anchor');
      const putAnchor = db.prepare(
        'INSERT INTO audit_anchor (id, seq, hash, recorded) VALUES (@id, @seq, @hash, @recorded)',
      );
      return db.transaction(() => {
        for (const statement of grown) statement.run();
        resetAnchor.run();
        for (const row of anchor) putAnchor.run(row);
      });
    },
    truncateAll: () => {
      if (!inMemory) throw new Error('truncateAll is for :memory: test databases only');
      truncate();
    },
    transaction: <T>(fn: () => T): T => inTransaction(fn) as T,
    counts: () => counts.get() as StoreCounts,
    ...conversationTables(db),
    ...identityTables(db),
    ...escalationTables(db),
    ...reviewTables(db),
    ...auditTables(db),
    ...deliveryTables(db),
    ...deploymentTables(db),
    ...operationsTables(db),
  };
}

function migrate(db: Database.Database): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version === MIGRATIONS.length) return;
  // Why off: a migration that rebuilds a table drops the old one, which other tables
  // reference; the references are checked whole before the foreign keys are back on.
  db.pragma('foreign_keys = OFF');
  for (let i = version; i < MIGRATIONS.length; i++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[i]!);
      const broken = db.pragma('foreign_key_check') as unknown[];
      if (broken.length > 0)
        throw new Error(`migration ${i + 1} broke ${broken.length} references`);
      db.pragma(`user_version = ${i + 1}`);
    })();
  }
  db.pragma('foreign_keys = ON');
}

/** Tables in an order that deletes children before their parents. */
const TABLES = [
  'notification_acks',
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
  'model_alerts',
  'model_deployments',
  'model_calls',
  'model_breakers',
  'model_versions',
  'feature_flags',
  'health_probe',
  'outbox_timeline',
  'outbox_timelines',
  'outbox_forks',
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
