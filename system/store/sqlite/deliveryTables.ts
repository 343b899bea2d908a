import type Database from 'better-sqlite3';
import type { DeliveryRecords, NotificationRecord } from '../Store.js';

/** Delivery of the notification outbox on SQLite: reads by position, acks and retention. */
export function deliveryTables(db: Database.Database): DeliveryRecords {
  const q = {
    after: db.prepare(
      `SELECT seq, kind, body, created_at AS createdAt FROM notifications
       WHERE recipient = ? AND seq > ? ORDER BY seq LIMIT ?`,
    ),
    // Why two subqueries: SQLite answers a lone min() or max() from the end of the primary key,
    // but both in one SELECT scan the recipient's whole outbox (431 us at 5,000 rows, 1.8 us so).
    bounds: db.prepare(
      `SELECT coalesce((SELECT min(seq) FROM notifications WHERE recipient = @r), 0) AS first,
              coalesce((SELECT max(seq) FROM notifications WHERE recipient = @r), 0) AS last`,
    ),
    acked: db.prepare('SELECT seq FROM notification_acks WHERE recipient = ?').pluck(),
    recordAck: db.prepare(
      `INSERT INTO notification_acks (recipient, seq, acked_at) VALUES (?, ?, ?)
       ON CONFLICT (recipient) DO UPDATE
       SET seq = max(seq, excluded.seq), acked_at = excluded.acked_at`,
    ),
    // Why the newest row is always kept: `appendNotification` continues from max(seq).
    prune: db.prepare(
      `DELETE FROM notifications AS n
       WHERE n.seq < (SELECT max(m.seq) FROM notifications AS m WHERE m.recipient = n.recipient)
         AND (n.created_at < @cutoff
           OR n.seq <= (SELECT max(m.seq) FROM notifications AS m WHERE m.recipient = n.recipient) - @keep)`,
    ),
  };
  return {
    notificationsAfter: (recipient, afterSeq, limit) =>
      q.after.all(recipient, afterSeq, limit) as NotificationRecord[],
    notificationBounds: (recipient) =>
      q.bounds.get({ r: recipient }) as { first: number; last: number },
    ackedSeq: (recipient) => (q.acked.get(recipient) as number | undefined) ?? 0,
    recordAck: (recipient, seq, at) => void q.recordAck.run(recipient, seq, at),
    pruneNotifications: (now, policy) =>
      q.prune.run({ cutoff: now - policy.maxAgeMs, keep: Math.max(1, policy.maxPerRecipient) })
        .changes,
  };
}
