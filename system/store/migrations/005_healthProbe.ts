/**
 * One row a readiness probe rewrites: a write that commits (and so reaches the disk) without
 * touching any record a command reads or counts.
 */
export const healthProbe = `
  CREATE TABLE health_probe (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    probed_at INTEGER NOT NULL
  ) STRICT;
  `;
