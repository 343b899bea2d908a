/**
 * Delivery of the notification outbox: each recipient's last acknowledged sequence number,
 * and an index by age so that retention can prune old notifications cheaply.
 */
export const delivery = `
  CREATE TABLE notification_acks (
    recipient TEXT PRIMARY KEY,
    seq INTEGER NOT NULL CHECK (seq >= 0),
    acked_at INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX notifications_by_age ON notifications(created_at);
  `;
