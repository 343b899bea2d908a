/**
 * The schema, one migration per entry, applied in order and recorded in `user_version`.
 * WARNING: never edit a migration that has shipped; append a new one.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE patients (
    id TEXT PRIMARY KEY,
    display_name TEXT NOT NULL,
    registered_at INTEGER NOT NULL
  ) STRICT;
  CREATE TABLE conversations (
    id TEXT PRIMARY KEY,
    patient_id TEXT NOT NULL REFERENCES patients(id),
    status TEXT NOT NULL CHECK (status IN ('active', 'closed')),
    opened_at INTEGER NOT NULL,
    closed_at INTEGER
  ) STRICT;
  CREATE TABLE messages (
    id TEXT PRIMARY KEY,
    conversation_id TEXT NOT NULL REFERENCES conversations(id),
    seq INTEGER NOT NULL,
    text TEXT NOT NULL,
    sent_at INTEGER NOT NULL,
    UNIQUE (conversation_id, seq)
  ) STRICT;
  CREATE TABLE assessments (
    id TEXT PRIMARY KEY,
    message_id TEXT NOT NULL UNIQUE REFERENCES messages(id),
    conversation_id TEXT NOT NULL REFERENCES conversations(id),
    body TEXT NOT NULL
  ) STRICT;
  CREATE TABLE escalations (
    id TEXT PRIMARY KEY,
    conversation_id TEXT NOT NULL REFERENCES conversations(id),
    assessment_id TEXT NOT NULL REFERENCES assessments(id),
    acuity INTEGER NOT NULL,
    status TEXT NOT NULL,
    raised_at INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX escalations_by_conversation ON escalations(conversation_id);
  CREATE TABLE audit_events (
    seq INTEGER PRIMARY KEY,
    body TEXT NOT NULL
  ) STRICT;
  CREATE TABLE audit_anchor (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq INTEGER NOT NULL,
    hash TEXT NOT NULL,
    recorded INTEGER NOT NULL
  ) STRICT;
  CREATE TABLE idempotency (
    key TEXT PRIMARY KEY,
    response TEXT NOT NULL,
    stored_at INTEGER NOT NULL
  ) STRICT;
  `,
  `
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
  `,
];
