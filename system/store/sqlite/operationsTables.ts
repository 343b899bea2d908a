import type Database from 'better-sqlite3';
import type { OperationsView } from '../../operations/OperationsView.js';
import type { OperationsRecords } from '../Store.js';

/**
 * What operations read on SQLite: a probe that reads and one that commits a write, and the
 * aggregates behind the metrics. Why aggregate queries rather than counters kept in memory:
 * the records are the truth, a restart or a restore changes them, and a counter would not know.
 */
export function operationsTables(db: Database.Database): OperationsRecords {
  const q = {
    read: db.prepare('SELECT count(*) FROM audit_anchor').pluck(),
    write: db.prepare(
      `INSERT INTO health_probe (id, probed_at) VALUES (1, ?)
       ON CONFLICT (id) DO UPDATE SET probed_at = excluded.probed_at`,
    ),
    escalations: db.prepare(
      `SELECT acuity, status, count(*) AS count FROM escalations
       WHERE status != 'resolved' GROUP BY acuity, status ORDER BY acuity, status`,
    ),
    oldest: db.prepare(
      `SELECT acuity, min(raised_at) AS raisedAt FROM escalations
       WHERE status = 'open' GROUP BY acuity ORDER BY acuity`,
    ),
    breaches: db.prepare('SELECT coalesce(sum(re_escalations), 0) FROM escalations').pluck(),
    queue: db.prepare(
      `SELECT status, count(*) AS count FROM review_cases
       WHERE status IN ('pending', 'claimed') GROUP BY status ORDER BY status`,
    ),
    calls: db.prepare(
      `SELECT version, outcome, count(*) AS count FROM model_calls
       GROUP BY version, outcome ORDER BY version, outcome`,
    ),
    // Why the sum of acknowledged positions: sequence numbers start at 1 without gaps.
    outbox: db
      .prepare(
        `SELECT (SELECT count(*) FROM notifications AS n
                 WHERE n.seq > coalesce((SELECT a.seq FROM notification_acks AS a
                                         WHERE a.recipient = n.recipient), 0)),
                (SELECT coalesce(sum(seq), 0) FROM notification_acks)`,
      )
      .raw(),
  };
  return {
    probeRead: () => {
      q.read.get();
    },
    probeWrite: (at) => {
      q.write.run(at);
    },
    operationsView(now, ackSlaMs) {
      const escalations = q.escalations.all() as {
        acuity: number;
        status: string;
        count: number;
      }[];
      const oldest = q.oldest.all() as { acuity: number; raisedAt: number }[];
      const queue = q.queue.all() as { status: string; count: number }[];
      const calls = q.calls.all() as { version: string; outcome: string; count: number }[];
      const [outboxDepth, acknowledged] = q.outbox.get() as [number, number];
      return {
        escalations: escalations.map((e) => ({
          key: { acuity: String(e.acuity), status: e.status },
          count: e.count,
        })),
        oldestUnacknowledgedMs: oldest.map((e) => ({
          key: { acuity: String(e.acuity) },
          count: Math.max(0, now - e.raisedAt),
        })),
        ackSlaMs: Object.entries(ackSlaMs).map(([acuity, ms]) => ({ key: { acuity }, count: ms })),
        slaBreaches: q.breaches.get() as number,
        reviewQueue: queue.map((c) => ({ key: { status: c.status }, count: c.count })),
        modelCalls: calls.map((c) => ({
          key: { version: c.version, outcome: c.outcome },
          count: c.count,
        })),
        outboxDepth,
        notificationsAcknowledged: acknowledged,
      } satisfies OperationsView;
    },
  };
}
