import type Database from 'better-sqlite3';
import { Escalation } from '../../domain/escalation.js';
import type { EscalationRecords } from '../Store.js';

const COLUMNS = `id, conversation_id, assessment_id, patient_id, acuity, status, level, raised_at,
  ack_deadline, re_escalations, acknowledged_by, acknowledged_at, resolved_at, history`;

/** Escalations on SQLite. */
export function escalationTables(db: Database.Database): EscalationRecords {
  const q = {
    insert: db.prepare(
      `INSERT INTO escalations (${COLUMNS}) VALUES (${Array(14).fill('?').join(', ')})`,
    ),
    update: db.prepare(
      `UPDATE escalations SET acuity = ?, status = ?, level = ?, ack_deadline = ?, re_escalations = ?,
       acknowledged_by = ?, acknowledged_at = ?, resolved_at = ?, history = ? WHERE id = ?`,
    ),
    get: db.prepare(`SELECT ${COLUMNS} FROM escalations WHERE id = ?`),
    openFor: db.prepare(
      `SELECT ${COLUMNS} FROM escalations WHERE conversation_id = ? AND status != 'resolved' ORDER BY raised_at DESC LIMIT 1`,
    ),
    list: db.prepare(
      `SELECT ${COLUMNS} FROM escalations WHERE conversation_id = ? ORDER BY raised_at, id`,
    ),
    unresolved: db.prepare(
      `SELECT ${COLUMNS} FROM escalations WHERE status != 'resolved' ORDER BY acuity, ack_deadline, raised_at, rowid`,
    ),
    unresolvedIn: db.prepare(
      `SELECT ${COLUMNS} FROM escalations WHERE status != 'resolved'
       AND patient_id IN (SELECT id FROM users WHERE unit = ?)
       ORDER BY acuity, ack_deadline, raised_at, rowid`,
    ),
    due: db.prepare(
      `SELECT ${COLUMNS} FROM escalations WHERE status = 'open' AND ack_deadline <= ? ORDER BY ack_deadline, id`,
    ),
  };
  const read = (row: unknown) =>
    row === undefined ? undefined : toEscalation(row as EscalationRow);
  return {
    insertEscalation: (e) =>
      void q.insert.run(
        e.id,
        e.conversationId,
        e.assessmentId,
        e.patientId,
        e.acuity,
        e.status,
        e.level,
        e.raisedAt,
        e.ackDeadline,
        e.reEscalations,
        e.acknowledgedBy,
        e.acknowledgedAt,
        e.resolvedAt,
        JSON.stringify(e.history),
      ),
    updateEscalation: (e) =>
      void q.update.run(
        e.acuity,
        e.status,
        e.level,
        e.ackDeadline,
        e.reEscalations,
        e.acknowledgedBy,
        e.acknowledgedAt,
        e.resolvedAt,
        JSON.stringify(e.history),
        e.id,
      ),
    getEscalation: (id) => read(q.get.get(id)),
    openEscalationFor: (id) => read(q.openFor.get(id)),
    listEscalations: (id) => q.list.all(id).map((row) => toEscalation(row as EscalationRow)),
    dueEscalations: (now) => q.due.all(now).map((row) => toEscalation(row as EscalationRow)),
    unresolvedEscalations: () =>
      q.unresolved.all().map((row) => toEscalation(row as EscalationRow)),
    unresolvedEscalationsIn: (unit) =>
      q.unresolvedIn.all(unit).map((row) => toEscalation(row as EscalationRow)),
  };
}

interface EscalationRow {
  id: string;
  conversation_id: string;
  assessment_id: string;
  patient_id: string;
  acuity: number;
  status: string;
  level: string;
  raised_at: number;
  ack_deadline: number;
  re_escalations: number;
  acknowledged_by: string | null;
  acknowledged_at: number | null;
  resolved_at: number | null;
  history: string;
}

function toEscalation(row: EscalationRow): Escalation {
  return Escalation.parse({
    id: row.id,
    conversationId: row.conversation_id,
    assessmentId: row.assessment_id,
    patientId: row.patient_id,
    acuity: row.acuity,
    status: row.status,
    level: row.level,
    raisedAt: row.raised_at,
    ackDeadline: row.ack_deadline,
    reEscalations: row.re_escalations,
    acknowledgedBy: row.acknowledged_by,
    acknowledgedAt: row.acknowledged_at,
    resolvedAt: row.resolved_at,
    history: JSON.parse(row.history),
  });
}
