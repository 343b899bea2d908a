/** Patients, conversations, messages, assessments, escalations, the audit log, idempotency. */
export const conversations = `
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
  `;
