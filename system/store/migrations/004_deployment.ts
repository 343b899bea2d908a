/**
 * The model registry and deployment, serving telemetry (calls, circuit breakers), monitoring
 * alerts and feature flags.
 */
export const deployment = `
  CREATE TABLE model_versions (
    version TEXT PRIMARY KEY,
    model TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('registered', 'validated', 'staging', 'canary',
      'production', 'archived', 'aborted', 'rolled_back')),
    registered_at INTEGER NOT NULL,
    body TEXT NOT NULL
  ) STRICT;
  CREATE INDEX model_versions_by_model ON model_versions(model, registered_at);
  CREATE TABLE model_deployments (
    model TEXT PRIMARY KEY,
    production TEXT REFERENCES model_versions(version),
    canary TEXT REFERENCES model_versions(version),
    canary_weight INTEGER NOT NULL CHECK (canary_weight BETWEEN 0 AND 100),
    body TEXT NOT NULL
  ) STRICT;
  CREATE TABLE model_calls (
    seq INTEGER PRIMARY KEY,
    version TEXT NOT NULL,
    patient_id TEXT NOT NULL,
    at INTEGER NOT NULL,
    latency_ms INTEGER NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('ok', 'cached', 'short_circuit', 'error', 'timeout',
      'malformed')),
    model_acuity INTEGER,
    rule_acuity INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX model_calls_by_version ON model_calls(version, at);
  CREATE TABLE model_breakers (
    version TEXT PRIMARY KEY,
    state TEXT NOT NULL CHECK (state IN ('closed', 'open', 'half_open')),
    failures INTEGER NOT NULL,
    opened_at INTEGER,
    updated_at INTEGER NOT NULL
  ) STRICT;
  CREATE TABLE model_alerts (
    id TEXT PRIMARY KEY,
    model TEXT NOT NULL,
    version TEXT NOT NULL REFERENCES model_versions(version),
    raised_at INTEGER NOT NULL,
    body TEXT NOT NULL
  ) STRICT;
  CREATE TABLE feature_flags (
    key TEXT PRIMARY KEY,
    config TEXT NOT NULL,
    updated_at INTEGER NOT NULL
  ) STRICT;
  `;
