import type Database from 'better-sqlite3';
import type { AuditAnchor } from '../../audit/verifyAuditLog.js';
import { AuditEvent } from '../../domain/auditEvent.js';
import type {
  AuditRecords,
  IdempotencyRecords,
  IdempotentAnswer,
  NotificationRecords,
} from '../Store.js';

/** The audit log, the notification outbox and idempotency records on SQLite. */
export function auditTables(
  db: Database.Database,
): AuditRecords & NotificationRecords & IdempotencyRecords {
  const q = {
    appendAudit: db.prepare('INSERT INTO audit_events (seq, body) VALUES (?, ?)'),
    setAnchor: db.prepare(
      `INSERT INTO audit_anchor (id, seq, hash, recorded) VALUES (1, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash, recorded = excluded.recorded`,
    ),
    auditAnchor: db.prepare('SELECT seq, hash, recorded FROM audit_anchor WHERE id = 1'),
    lastAudit: db.prepare('SELECT body FROM audit_events ORDER BY seq DESC LIMIT 1').pluck(),
    readAudit: db.prepare('SELECT body FROM audit_events ORDER BY seq').pluck(),
    auditCount: db.prepare('SELECT count(*) FROM audit_events').pluck(),
    lastNotification: db
      .prepare('SELECT coalesce(max(seq), 0) FROM notifications WHERE recipient = ?')
      .pluck(),
    appendNotification: db.prepare(
      'INSERT INTO notifications (recipient, seq, kind, body, created_at) VALUES (?, ?, ?, ?, ?)',
    ),
    getIdempotent: db.prepare('SELECT fingerprint, response FROM idempotency WHERE key = ?'),
    putIdempotent: db.prepare(
      'INSERT INTO idempotency (key, fingerprint, response, stored_at) VALUES (?, ?, ?, ?)',
    ),
    pruneIdempotent: db.prepare('DELETE FROM idempotency WHERE stored_at < ?'),
  };
  return {
    appendAudit: (event) => {
      q.appendAudit.run(event.seq, JSON.stringify(event));
      q.setAnchor.run(event.seq, event.hash, event.recorded);
    },
    auditAnchor: () => q.auditAnchor.get() as AuditAnchor | undefined,
    lastAudit: () => {
      const body = q.lastAudit.get() as string | undefined;
      return body === undefined ? undefined : AuditEvent.parse(JSON.parse(body));
    },
    *readAudit() {
      for (const body of q.readAudit.iterate() as Iterable<string>) yield parseJsonOrRaw(body);
    },
    auditCount: () => q.auditCount.get() as number,
    appendNotification: (recipient, kind, body, at) => {
      const seq = (q.lastNotification.get(recipient) as number) + 1;
      q.appendNotification.run(recipient, seq, kind, body, at);
      return seq;
    },
    getIdempotent: (key) => q.getIdempotent.get(key) as IdempotentAnswer | undefined,
    putIdempotent: (key, answer, at) =>
      void q.putIdempotent.run(key, answer.fingerprint, answer.response, at),
    pruneIdempotent: (before) => q.pruneIdempotent.run(before).changes,
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
