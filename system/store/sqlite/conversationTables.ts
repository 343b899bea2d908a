import type Database from 'better-sqlite3';
import { Assessment } from '../../domain/assessment.js';
import type {
  Conversation,
  ConversationId,
  ConversationStatus,
} from '../../domain/conversation.js';
import { Message } from '../../domain/message.js';
import type { PatientId } from '../../domain/patient.js';
import type { ConversationRecords, HistoryItem } from '../Store.js';

/** Patients, conversations, messages and assessments on SQLite. */
export function conversationTables(db: Database.Database): ConversationRecords {
  const q = {
    insertPatient: db.prepare(
      'INSERT INTO patients (id, display_name, registered_at, birth_date) VALUES (?, ?, ?, ?)',
    ),
    getPatient: db.prepare(
      'SELECT id, display_name, registered_at, birth_date FROM patients WHERE id = ?',
    ),
    insertConversation: db.prepare(
      'INSERT INTO conversations (id, patient_id, status, opened_at, closed_at) VALUES (?, ?, ?, ?, ?)',
    ),
    getConversation: db.prepare(
      'SELECT id, patient_id, status, opened_at, closed_at FROM conversations WHERE id = ?',
    ),
    closeConversation: db.prepare(
      "UPDATE conversations SET status = 'closed', closed_at = ? WHERE id = ? AND status = 'active'",
    ),
    insertMessage: db.prepare(
      'INSERT INTO messages (id, conversation_id, seq, text, sent_at) VALUES (?, ?, ?, ?, ?)',
    ),
    lastMessageSeq: db
      .prepare('SELECT coalesce(max(seq), 0) FROM messages WHERE conversation_id = ?')
      .pluck(),
    listHistory: db.prepare(
      `SELECT m.id, m.conversation_id, m.seq, m.text, m.sent_at, a.body AS assessment
       FROM messages m LEFT JOIN assessments a ON a.message_id = m.id
       WHERE m.conversation_id = ? AND m.seq > ? ORDER BY m.seq LIMIT ?`,
    ),
    insertAssessment: db.prepare(
      'INSERT INTO assessments (id, message_id, conversation_id, body) VALUES (?, ?, ?, ?)',
    ),
    getAssessment: db.prepare('SELECT body FROM assessments WHERE id = ?').pluck(),
    conversationsOf: db.prepare(
      `SELECT c.id, c.patient_id, c.status, c.opened_at, c.closed_at,
         (SELECT count(*) FROM messages m WHERE m.conversation_id = c.id) AS messages
       FROM conversations c WHERE c.patient_id = ? ORDER BY c.opened_at DESC, c.id DESC`,
    ),
    assessedText: db
      .prepare(
        'SELECT m.text FROM assessments a JOIN messages m ON m.id = a.message_id WHERE a.id = ?',
      )
      .pluck(),
  };
  return {
    insertPatient: (p) =>
      void q.insertPatient.run(p.id, p.displayName, p.registeredAt, p.birthDate),
    // Why no zod on these hot lookups: STRICT tables with CHECK constraints already hold the
    // types; history, assessments and the audit log, read as evidence, are parsed in full.
    getPatient: (id) => {
      const row = q.getPatient.get(id) as
        | { id: string; display_name: string; registered_at: number; birth_date: string | null }
        | undefined;
      return (
        row && {
          id: row.id as PatientId,
          displayName: row.display_name,
          registeredAt: row.registered_at,
          birthDate: row.birth_date,
        }
      );
    },
    insertConversation: (c) =>
      void q.insertConversation.run(c.id, c.patientId, c.status, c.openedAt, c.closedAt),
    getConversation: (id) => {
      const row = q.getConversation.get(id) as ConversationRow | undefined;
      return row && toConversation(row);
    },
    conversationsOf: (id) =>
      (q.conversationsOf.all(id) as Array<ConversationRow & { messages: number }>).map((row) => ({
        ...toConversation(row),
        messages: row.messages,
      })),
    assessedText: (id) => q.assessedText.get(id) as string | undefined,
    closeConversation: (id, at) => void q.closeConversation.run(at, id),
    insertMessage: (m) => void q.insertMessage.run(m.id, m.conversationId, m.seq, m.text, m.sentAt),
    lastMessageSeq: (id) => q.lastMessageSeq.get(id) as number,
    listHistory: (id, afterSeq, limit) =>
      (q.listHistory.all(id, afterSeq, limit) as HistoryRow[]).map(toHistoryItem),
    insertAssessment: (a) =>
      void q.insertAssessment.run(a.id, a.messageId, a.conversationId, JSON.stringify(a)),
    getAssessment: (id) => {
      const body = q.getAssessment.get(id) as string | undefined;
      return body === undefined ? undefined : Assessment.parse(JSON.parse(body));
    },
  };
}

interface ConversationRow {
  id: string;
  patient_id: string;
  status: string;
  opened_at: number;
  closed_at: number | null;
}

const toConversation = (row: ConversationRow): Conversation => ({
  id: row.id as ConversationId,
  patientId: row.patient_id as PatientId,
  status: row.status as ConversationStatus,
  openedAt: row.opened_at,
  closedAt: row.closed_at,
});

interface HistoryRow {
  id: string;
  conversation_id: string;
  seq: number;
  text: string;
  sent_at: number;
  assessment: string | null;
}

function toHistoryItem(row: HistoryRow): HistoryItem {
  return {
    message: Message.parse({
      id: row.id,
      conversationId: row.conversation_id,
      seq: row.seq,
      text: row.text,
      sentAt: row.sent_at,
    }),
    assessment: row.assessment === null ? null : Assessment.parse(JSON.parse(row.assessment)),
  };
}
