import Database from 'better-sqlite3';
import type { AuditAnchor } from '../audit/verifyAuditLog.js';
import { Assessment } from '../domain/assessment.js';
import { AuditEvent } from '../domain/auditEvent.js';
import type { ConversationId, ConversationStatus } from '../domain/conversation.js';
import { Escalation } from '../domain/escalation.js';
import { Message } from '../domain/message.js';
import type { PatientId } from '../domain/patient.js';
import { MIGRATIONS } from './migrations.js';
import type { HistoryItem, Store, StoreCounts } from './Store.js';

/** A SQLite store and the connection under it (kept for sandboxing and closing). */
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
  return sqliteStore(db, path === ':memory:');
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
  'escalations',
  'assessments',
  'messages',
  'conversations',
  'patients',
  'audit_events',
  'audit_anchor',
  'idempotency',
] as const;

function sqliteStore(db: Database.Database, inMemory: boolean): SqliteStore {
  const q = {
    insertPatient: db.prepare(
      'INSERT INTO patients (id, display_name, registered_at) VALUES (?, ?, ?)',
    ),
    getPatient: db.prepare('SELECT id, display_name, registered_at FROM patients WHERE id = ?'),
    insertConversation: db.prepare(
      'INSERT INTO conversations (id, patient_id, status, opened_at, closed_at) VALUES (?, ?, ?, ?, ?)',
    ),
    getConversation: db.prepare(
      'SELECT id, patient_id, status, opened_at, closed_at FROM conversations WHERE id = ?',
    ),
    closeConversation: db.prepare(
      "UPDATE conversations SET status = 'closed', closed_at = ? WHERE id = ? AND status = 'active'",
    ),
    insertMessage: db.prepare(
      'INSERT INTO messages (id, conversation_id, seq, text, sent_at) VALUES (?, ?, ?, ?, ?)',
    ),
    lastMessageSeq: db.prepare(
      'SELECT coalesce(max(seq), 0) AS seq FROM messages WHERE conversation_id = ?',
    ),
    listHistory: db.prepare(
      `SELECT m.id, m.conversation_id, m.seq, m.text, m.sent_at, a.body AS assessment
       FROM messages m LEFT JOIN assessments a ON a.message_id = m.id
       WHERE m.conversation_id = ? AND m.seq > ? ORDER BY m.seq LIMIT ?`,
    ),
    insertAssessment: db.prepare(
      'INSERT INTO assessments (id, message_id, conversation_id, body) VALUES (?, ?, ?, ?)',
    ),
    insertEscalation: db.prepare(
      'INSERT INTO escalations (id, conversation_id, assessment_id, acuity, status, raised_at) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    listEscalations: db.prepare(
      'SELECT id, conversation_id, assessment_id, acuity, status, raised_at FROM escalations WHERE conversation_id = ? ORDER BY raised_at, id',
    ),
    appendAudit: db.prepare('INSERT INTO audit_events (seq, body) VALUES (?, ?)'),
    setAnchor: db.prepare(
      `INSERT INTO audit_anchor (id, seq, hash, recorded) VALUES (1, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash, recorded = excluded.recorded`,
    ),
    auditAnchor: db.prepare('SELECT seq, hash, recorded FROM audit_anchor WHERE id = 1'),
    lastAudit: db.prepare('SELECT body FROM audit_events ORDER BY seq DESC LIMIT 1').pluck(),
    readAudit: db.prepare('SELECT body FROM audit_events ORDER BY seq').pluck(),
    auditCount: db.prepare('SELECT count(*) FROM audit_events').pluck(),
    getIdempotent: db.prepare('SELECT response FROM idempotency WHERE key = ?').pluck(),
    putIdempotent: db.prepare(
      'INSERT INTO idempotency (key, response, stored_at) VALUES (?, ?, ?)',
    ),
    counts: db.prepare(
      `SELECT (SELECT count(*) FROM patients) AS patients,
              (SELECT count(*) FROM conversations) AS conversations,
              (SELECT count(*) FROM messages) AS messages,
              (SELECT count(*) FROM assessments) AS assessments,
              (SELECT count(*) FROM escalations) AS escalations,
              (SELECT count(*) FROM conversations WHERE status = 'closed') AS closedConversations`,
    ),
  };

  const deletes = TABLES.map((table) => db.prepare(`DELETE FROM ${table}`));
  const truncate = db.transaction(() => {
    for (const statement of deletes) statement.run();
  });

  return {
    db,
    close: () => db.close(),
    truncateAll: () => {
      if (!inMemory) throw new Error('truncateAll is for :memory: test databases only');
      truncate();
    },
    transaction: (fn) => db.transaction(fn)(),

    insertPatient: (p) => void q.insertPatient.run(p.id, p.displayName, p.registeredAt),
    // Why no zod on these hot lookups: STRICT tables with CHECK constraints already hold
    // the types; history and the audit log, read as evidence, are parsed in full.
    getPatient: (id) => {
      const row = q.getPatient.get(id) as PatientRow | undefined;
      return (
        row && {
          id: row.id as PatientId,
          displayName: row.display_name,
          registeredAt: row.registered_at,
        }
      );
    },

    insertConversation: (c) =>
      void q.insertConversation.run(c.id, c.patientId, c.status, c.openedAt, c.closedAt),
    getConversation: (id) => {
      const row = q.getConversation.get(id) as ConversationRow | undefined;
      return (
        row && {
          id: row.id as ConversationId,
          patientId: row.patient_id as PatientId,
          status: row.status as ConversationStatus,
          openedAt: row.opened_at,
          closedAt: row.closed_at,
        }
      );
    },
    closeConversation: (id, at) => void q.closeConversation.run(at, id),

    insertMessage: (m) => void q.insertMessage.run(m.id, m.conversationId, m.seq, m.text, m.sentAt),
    lastMessageSeq: (id) => (q.lastMessageSeq.get(id) as { seq: number }).seq,
    listHistory: (id, afterSeq, limit) =>
      (q.listHistory.all(id, afterSeq, limit) as HistoryRow[]).map(toHistoryItem),
    insertAssessment: (a) =>
      void q.insertAssessment.run(a.id, a.messageId, a.conversationId, JSON.stringify(a)),
    insertEscalation: (e) =>
      void q.insertEscalation.run(
        e.id,
        e.conversationId,
        e.assessmentId,
        e.acuity,
        e.status,
        e.raisedAt,
      ),
    listEscalations: (id) =>
      (q.listEscalations.all(id) as EscalationRow[]).map((row) =>
        Escalation.parse({
          id: row.id,
          conversationId: row.conversation_id,
          assessmentId: row.assessment_id,
          acuity: row.acuity,
          status: row.status,
          raisedAt: row.raised_at,
        }),
      ),

    appendAudit: (event) => {
      q.appendAudit.run(event.seq, JSON.stringify(event));
      q.setAnchor.run(event.seq, event.hash, event.recorded);
    },
    auditAnchor: () => q.auditAnchor.get() as AuditAnchor | undefined,
    *readAudit() {
      for (const body of q.readAudit.iterate() as Iterable<string>) yield parseJsonOrRaw(body);
    },
    lastAudit: () => {
      const body = q.lastAudit.get() as string | undefined;
      return body === undefined ? undefined : AuditEvent.parse(JSON.parse(body));
    },
    auditCount: () => q.auditCount.get() as number,

    getIdempotent: (key) => q.getIdempotent.get(key) as string | undefined,
    putIdempotent: (key, response, at) => void q.putIdempotent.run(key, response, at),

    counts: () => q.counts.get() as StoreCounts,
  };
}

interface PatientRow {
  id: string;
  display_name: string;
  registered_at: number;
}
interface ConversationRow {
  id: string;
  patient_id: string;
  status: string;
  opened_at: number;
  closed_at: number | null;
}
interface HistoryRow {
  id: string;
  conversation_id: string;
  seq: number;
  text: string;
  sent_at: number;
  assessment: string | null;
}
interface EscalationRow {
  id: string;
  conversation_id: string;
  assessment_id: string;
  acuity: number;
  status: string;
  raised_at: number;
}

function toHistoryItem(row: HistoryRow): HistoryItem {
  return {
    message: Message.parse({
      id: row.id,
      conversationId: row.conversation_id,
      seq: row.seq,
      text: row.text,
      sentAt: row.sent_at,
    }),
    assessment: row.assessment === null ? null : Assessment.parse(JSON.parse(row.assessment)),
  };
}

/** JSON if it parses, else the text itself (a corrupt entry is for the verifier to judge). */
function parseJsonOrRaw(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
