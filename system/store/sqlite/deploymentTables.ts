import type Database from 'better-sqlite3';
import { ModelAlert } from '../../deployment/modelAlert.js';
import { REACHED_SERVER } from '../../deployment/modelCall.js';
import { ModelDeployment } from '../../deployment/modelDeployment.js';
import { ModelVersion } from '../../deployment/modelVersion.js';
import { BreakerRecord } from '../../serving/circuitBreaker.js';
import type { DeploymentRecords } from '../Store.js';

const REACHED = REACHED_SERVER.map((o) => `'${o}'`).join(', ');

/** Model versions, deployments, call telemetry, breakers, alerts and flags on SQLite. */
export function deploymentTables(db: Database.Database): DeploymentRecords {
  const q = {
    insertVersion: db.prepare(
      'INSERT INTO model_versions (version, model, state, registered_at, body) VALUES (?, ?, ?, ?, ?)',
    ),
    updateVersion: db.prepare('UPDATE model_versions SET state = ?, body = ? WHERE version = ?'),
    getVersion: db.prepare('SELECT body FROM model_versions WHERE version = ?').pluck(),
    listVersions: db
      .prepare('SELECT body FROM model_versions WHERE model = ? ORDER BY registered_at, rowid')
      .pluck(),
    getDeployment: db.prepare('SELECT body FROM model_deployments WHERE model = ?').pluck(),
    putDeployment: db.prepare(
      `INSERT INTO model_deployments (model, production, canary, canary_weight, body) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (model) DO UPDATE SET production = excluded.production, canary = excluded.canary,
       canary_weight = excluded.canary_weight, body = excluded.body`,
    ),
    appendCall: db.prepare(
      `INSERT INTO model_calls (version, patient_id, at, latency_ms, outcome, model_acuity, rule_acuity)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    stats: db.prepare(
      `SELECT count(*) AS calls,
         coalesce(sum(outcome != 'ok'), 0) AS errors,
         coalesce(sum(latency_ms > ?), 0) AS slow,
         coalesce(sum(outcome = 'ok' AND rule_acuity <= 2 AND model_acuity >= 3), 0) AS disagreements
       FROM model_calls WHERE version = ? AND at >= ? AND outcome IN (${REACHED})`,
    ),
    getBreaker: db.prepare(
      'SELECT version, state, failures, opened_at, updated_at FROM model_breakers WHERE version = ?',
    ),
    listBreakers: db.prepare(
      'SELECT version, state, failures, opened_at, updated_at FROM model_breakers ORDER BY version',
    ),
    putBreaker: db.prepare(
      `INSERT INTO model_breakers (version, state, failures, opened_at, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (version) DO UPDATE SET state = excluded.state, failures = excluded.failures,
       opened_at = excluded.opened_at, updated_at = excluded.updated_at`,
    ),
    insertAlert: db.prepare(
      'INSERT INTO model_alerts (id, model, version, raised_at, body) VALUES (?, ?, ?, ?, ?)',
    ),
    listAlerts: db
      .prepare('SELECT body FROM model_alerts WHERE model = ? ORDER BY raised_at, rowid')
      .pluck(),
    getFlag: db.prepare('SELECT config FROM feature_flags WHERE key = ?').pluck(),
    putFlag: db.prepare(
      `INSERT INTO feature_flags (key, config, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET config = excluded.config, updated_at = excluded.updated_at`,
    ),
  };
  // Why a cache of parsed rows by their text: a version's row is read on every routed message
  // and every read-out, and parsing its metrics costs ~20 us; equal text parses equal.
  // WARNING: callers must treat the versions and deployments they get as immutable (shared).
  const parsed = new Map<string, ModelVersion>();
  // The same for the deployment, read on every routed message: the last one parsed is kept.
  let lastDeployment: { body: string; value: ModelDeployment | undefined } = {
    body: '',
    value: undefined,
  };
  const version = (body: unknown): ModelVersion => {
    const text = body as string;
    const known = parsed.get(text);
    if (known) return known;
    if (parsed.size >= 1000) parsed.clear();
    const value = ModelVersion.parse(JSON.parse(text));
    parsed.set(text, value);
    return value;
  };
  const breaker = (row: unknown) => {
    const r = row as BreakerRow;
    return BreakerRecord.parse({
      version: r.version,
      state: r.state,
      failures: r.failures,
      openedAt: r.opened_at,
      updatedAt: r.updated_at,
    });
  };
  return {
    insertModelVersion: (v) =>
      void q.insertVersion.run(v.version, v.model, v.state, v.registeredAt, JSON.stringify(v)),
    updateModelVersion: (v) => void q.updateVersion.run(v.state, JSON.stringify(v), v.version),
    getModelVersion: (id) => {
      const body = q.getVersion.get(id);
      return body === undefined ? undefined : version(body);
    },
    listModelVersions: (model) => q.listVersions.all(model).map(version),
    getDeployment: (model) => {
      const body = q.getDeployment.get(model) as string | undefined;
      if (body === undefined) return undefined;
      if (body !== lastDeployment.body)
        lastDeployment = { body, value: ModelDeployment.parse(JSON.parse(body)) };
      return lastDeployment.value;
    },
    putDeployment: (d) =>
      void q.putDeployment.run(d.model, d.production, d.canary, d.canaryWeight, JSON.stringify(d)),
    appendModelCall: (c) =>
      void q.appendCall.run(
        c.version,
        c.patientId,
        c.at,
        c.latencyMs,
        c.outcome,
        c.modelAcuity,
        c.ruleAcuity,
      ),
    callStats: (id, since, slowMs) =>
      q.stats.get(slowMs, id, since) as ReturnType<DeploymentRecords['callStats']>,
    getBreaker: (id) => {
      const row = q.getBreaker.get(id);
      return row === undefined ? undefined : breaker(row);
    },
    listBreakers: () => q.listBreakers.all().map(breaker),
    putBreaker: (b) =>
      void q.putBreaker.run(b.version, b.state, b.failures, b.openedAt, b.updatedAt),
    insertAlert: (a) =>
      void q.insertAlert.run(a.id, a.model, a.version, a.raisedAt, JSON.stringify(a)),
    listAlerts: (model) =>
      q.listAlerts.all(model).map((body) => ModelAlert.parse(JSON.parse(body as string))),
    getFlag: (key) => q.getFlag.get(key) as string | undefined,
    putFlag: (key, config, at) => void q.putFlag.run(key, config, at),
  };
}

interface BreakerRow {
  version: string;
  state: string;
  failures: number;
  opened_at: number | null;
  updated_at: number;
}
