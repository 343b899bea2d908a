/** Users, sessions, review cases, the escalation lifecycle and the notification outbox. */
export const identityAndReview = `
  CREATE TABLE users (
    id TEXT PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL CHECK (role IN ('patient', 'nurse', 'charge_nurse', 'ml_engineer', 'admin')),
    display_name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    created_at INTEGER NOT NULL
  ) STRICT;
  CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id),
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    ended_at INTEGER
  ) STRICT;
  CREATE TABLE review_cases (
    id TEXT PRIMARY KEY,
    assessment_id TEXT NOT NULL UNIQUE REFERENCES assessments(id),
    conversation_id TEXT NOT NULL REFERENCES conversations(id),
    patient_id TEXT NOT NULL,
    acuity INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'claimed', 'approved', 'rejected', 'modified')),
    assignee TEXT REFERENCES users(id),
    created_at INTEGER NOT NULL,
    decision TEXT
  ) STRICT;
  CREATE INDEX review_cases_queue ON review_cases(status, acuity, created_at);
  ALTER TABLE escalations ADD COLUMN patient_id TEXT NOT NULL DEFAULT '';
  ALTER TABLE escalations ADD COLUMN level TEXT NOT NULL DEFAULT 'nurses';
  ALTER TABLE escalations ADD COLUMN ack_deadline INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE escalations ADD COLUMN re_escalations INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE escalations ADD COLUMN acknowledged_by TEXT;
  ALTER TABLE escalations ADD COLUMN acknowledged_at INTEGER;
  ALTER TABLE escalations ADD COLUMN resolved_at INTEGER;
  ALTER TABLE escalations ADD COLUMN history TEXT NOT NULL DEFAULT '[]';
  CREATE TABLE notifications (
    recipient TEXT NOT NULL,
    seq INTEGER NOT NULL,
    kind TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (recipient, seq)
  ) STRICT;
  `;
