/**
 * The outbox's timelines: a restore starts a new one, so that a client's position on the old
 * one (which may name notifications the restore threw away) is never taken for a position on
 * the new. No row in `outbox_timeline` is the first timeline, `origin`. `outbox_timelines` is
 * the history (each timeline a restore started, and its parent); `outbox_forks` holds, per
 * timeline, each recipient's last sequence number inherited from the parent: positions up to
 * it are the same notifications on both.
 */
export const outboxTimeline = `
  CREATE TABLE outbox_timeline (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    timeline TEXT NOT NULL
  ) STRICT;
  CREATE TABLE outbox_timelines (
    timeline TEXT PRIMARY KEY,
    parent TEXT NOT NULL
  ) STRICT;
  CREATE TABLE outbox_forks (
    timeline TEXT NOT NULL,
    recipient TEXT NOT NULL,
    last_seq INTEGER NOT NULL,
    PRIMARY KEY (timeline, recipient)
  ) STRICT;
  `;
