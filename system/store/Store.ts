import type { AuditAnchor } from '../audit/verifyAuditLog.js';
import type { Assessment } from '../domain/assessment.js';
import type { AuditEvent } from '../domain/auditEvent.js';
import type { Conversation, ConversationId } from '../domain/conversation.js';
import type { Escalation } from '../domain/escalation.js';
import type { Message } from '../domain/message.js';
import type { Patient, PatientId } from '../domain/patient.js';

/** A message with the assessment made of it, as history shows it. */
export interface HistoryItem {
  message: Message;
  assessment: Assessment | null;
}

/** How many records of each kind the store holds: the state a command may change. */
export interface StoreCounts {
  patients: number;
  conversations: number;
  messages: number;
  assessments: number;
  escalations: number;
  closedConversations: number;
}

/**
 * The persistence port. Every write happens inside `transaction`, which nests (as a
 * savepoint) when already inside one.
 * WARNING: a function passed to `transaction` must be synchronous; an exception rolls it back.
 */
export interface Store {
  transaction<T>(fn: () => T): T;

  insertPatient(patient: Patient): void;
  getPatient(id: PatientId): Patient | undefined;

  insertConversation(conversation: Conversation): void;
  getConversation(id: ConversationId): Conversation | undefined;
  closeConversation(id: ConversationId, closedAt: number): void;

  insertMessage(message: Message): void;
  lastMessageSeq(id: ConversationId): number;
  listHistory(id: ConversationId, afterSeq: number, limit: number): HistoryItem[];
  insertAssessment(assessment: Assessment): void;
  insertEscalation(escalation: Escalation): void;
  listEscalations(id: ConversationId): Escalation[];

  appendAudit(event: AuditEvent): void;
  auditAnchor(): AuditAnchor | undefined;
  /** The last event, parsed (for checks; the chain itself reads the anchor). */
  lastAudit(): AuditEvent | undefined;
  /** The log's entries as stored, unparsed, so that verification can judge a corrupt one. */
  readAudit(): Iterable<unknown>;
  auditCount(): number;

  getIdempotent(key: string): string | undefined;
  putIdempotent(key: string, response: string, at: number): void;

  counts(): StoreCounts;
}
