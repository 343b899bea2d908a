/**
 * What the boundary needs (issue 17): the request an idempotency key was first used for (its
 * fingerprint: command type and a hash of its fields), so that the key is refused for any
 * other request; and indexes by age for the retention of idempotency answers and sessions.
 */
export const boundary = `
  ALTER TABLE idempotency ADD COLUMN fingerprint TEXT NOT NULL DEFAULT '';
  CREATE INDEX idempotency_by_age ON idempotency(stored_at);
  CREATE INDEX sessions_by_expiry ON sessions(expires_at);
  `;
