import type Database from 'better-sqlite3';
import { ReviewCase } from '../../domain/reviewCase.js';
import type { ReviewRecords } from '../Store.js';

const COLUMNS =
  'id, assessment_id, conversation_id, patient_id, acuity, status, assignee, created_at, decision';

/** Review cases on SQLite. */
export function reviewTables(db: Database.Database): ReviewRecords {
  const q = {
    insert: db.prepare(`INSERT INTO review_cases (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    update: db.prepare(
      'UPDATE review_cases SET acuity = ?, status = ?, assignee = ?, decision = ? WHERE id = ?',
    ),
    get: db.prepare(`SELECT ${COLUMNS} FROM review_cases WHERE id = ?`),
    forAssessment: db.prepare(`SELECT ${COLUMNS} FROM review_cases WHERE assessment_id = ?`),
  };
  const read = (row: unknown) => (row === undefined ? undefined : toCase(row as CaseRow));
  return {
    insertCase: (c) =>
      void q.insert.run(
        c.id,
        c.assessmentId,
        c.conversationId,
        c.patientId,
        c.acuity,
        c.status,
        c.assignee,
        c.createdAt,
        c.decision === null ? null : JSON.stringify(c.decision),
      ),
    updateCase: (c) =>
      void q.update.run(
        c.acuity,
        c.status,
        c.assignee,
        c.decision === null ? null : JSON.stringify(c.decision),
        c.id,
      ),
    getCase: (id) => read(q.get.get(id)),
    caseForAssessment: (id) => read(q.forAssessment.get(id)),
    listQueue: (filter) => {
      // Why built per call: the filter's shape varies; the statement cache of SQLite keeps
      // the few shapes in use compiled.
      const where: string[] = [];
      const args: unknown[] = [];
      if (filter.status?.length) {
        where.push(`status IN (${filter.status.map(() => '?').join(', ')})`);
        args.push(...filter.status);
      }
      if (filter.acuity?.length) {
        where.push(`acuity IN (${filter.acuity.map(() => '?').join(', ')})`);
        args.push(...filter.acuity);
      }
      if (filter.unit !== undefined) {
        where.push('patient_id IN (SELECT id FROM users WHERE unit = ?)');
        args.push(filter.unit);
      }
      if (filter.assignee !== undefined) {
        where.push('assignee = ?');
        args.push(filter.assignee);
      }
      const sql = `SELECT ${COLUMNS} FROM review_cases ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY acuity, created_at, id LIMIT ?`;
      return db
        .prepare(sql)
        .all(...args, filter.limit)
        .map((row) => toCase(row as CaseRow));
    },
  };
}

interface CaseRow {
  id: string;
  assessment_id: string;
  conversation_id: string;
  patient_id: string;
  acuity: number;
  status: string;
  assignee: string | null;
  created_at: number;
  decision: string | null;
}

function toCase(row: CaseRow): ReviewCase {
  return ReviewCase.parse({
    id: row.id,
    assessmentId: row.assessment_id,
    conversationId: row.conversation_id,
    patientId: row.patient_id,
    acuity: row.acuity,
    status: row.status,
    assignee: row.assignee,
    createdAt: row.created_at,
    decision: row.decision === null ? null : JSON.parse(row.decision),
  });
}
