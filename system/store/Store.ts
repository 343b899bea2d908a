import type { AuditAnchor } from '../audit/verifyAuditLog.js';
import type { Assessment, AssessmentId } from '../domain/assessment.js';
import type { AuditEvent } from '../domain/auditEvent.js';
import type { Conversation, ConversationId } from '../domain/conversation.js';
import type { Escalation, EscalationId } from '../domain/escalation.js';
import type { Message } from '../domain/message.js';
import type { Patient, PatientId } from '../domain/patient.js';
import type { CaseId, CaseStatus, ReviewCase } from '../domain/reviewCase.js';
import type { Role, UserId } from '../domain/user.js';

/** A message with the assessment made of it, as history shows it. */
export interface HistoryItem {
  message: Message;
  assessment: Assessment | null;
}

/** A stored user, with the hash of their password. */
export interface UserRecord {
  id: UserId;
  username: string;
  role: Role;
  displayName: string;
  passwordHash: string;
  createdAt: number;
}

/** A stored session; the token itself is never stored, only its hash. */
export interface SessionRecord {
  tokenHash: string;
  userId: UserId;
  createdAt: number;
  expiresAt: number;
  endedAt: number | null;
}

/** Which cases the queue shows. */
export interface QueueFilter {
  status?: readonly CaseStatus[];
  acuity?: readonly number[];
  assignee?: UserId;
  limit: number;
}

/** How many records of each kind the store holds: the state a command may change. */
export interface StoreCounts {
  users: number;
  sessions: number;
  endedSessions: number;
  patients: number;
  conversations: number;
  closedConversations: number;
  messages: number;
  assessments: number;
  escalations: number;
  cases: number;
  notifications: number;
}

/** Patients, conversations, messages and assessments. */
export interface ConversationRecords {
  insertPatient(patient: Patient): void;
  getPatient(id: PatientId): Patient | undefined;
  insertConversation(conversation: Conversation): void;
  getConversation(id: ConversationId): Conversation | undefined;
  closeConversation(id: ConversationId, closedAt: number): void;
  insertMessage(message: Message): void;
  lastMessageSeq(id: ConversationId): number;
  listHistory(id: ConversationId, afterSeq: number, limit: number): HistoryItem[];
  insertAssessment(assessment: Assessment): void;
  getAssessment(id: AssessmentId): Assessment | undefined;
}

/** Users and sessions. */
export interface IdentityRecords {
  insertUser(user: UserRecord): void;
  getUser(id: UserId): UserRecord | undefined;
  getUserByUsername(username: string): UserRecord | undefined;
  insertSession(session: SessionRecord): void;
  getSession(tokenHash: string): SessionRecord | undefined;
  endSession(tokenHash: string, at: number): void;
  usersWithRole(role: Role): UserId[];
}

/** Escalations. */
export interface EscalationRecords {
  insertEscalation(escalation: Escalation): void;
  updateEscalation(escalation: Escalation): void;
  getEscalation(id: EscalationId): Escalation | undefined;
  openEscalationFor(id: ConversationId): Escalation | undefined;
  listEscalations(id: ConversationId): Escalation[];
  /** Open escalations whose acknowledgement deadline is at or before `now`. */
  dueEscalations(now: number): Escalation[];
}

/** Review cases. */
export interface ReviewRecords {
  insertCase(reviewCase: ReviewCase): void;
  updateCase(reviewCase: ReviewCase): void;
  getCase(id: CaseId): ReviewCase | undefined;
  caseForAssessment(id: AssessmentId): ReviewCase | undefined;
  listQueue(filter: QueueFilter): ReviewCase[];
}

/** The notification outbox: per recipient, sequence numbers without gaps. */
export interface NotificationRecords {
  /** Appends a notification and returns its sequence number for that recipient. */
  appendNotification(recipient: string, kind: string, body: string, at: number): number;
}

/** The audit log. */
export interface AuditRecords {
  appendAudit(event: AuditEvent): void;
  auditAnchor(): AuditAnchor | undefined;
  /** The last event, parsed (for checks; the chain itself reads the anchor). */
  lastAudit(): AuditEvent | undefined;
  /** The log's entries as stored, unparsed, so that verification can judge a corrupt one. */
  readAudit(): Iterable<unknown>;
  auditCount(): number;
}

/** First answers of commands sent with an idempotency key. */
export interface IdempotencyRecords {
  getIdempotent(key: string): string | undefined;
  putIdempotent(key: string, response: string, at: number): void;
}

/**
 * The persistence port. Every write happens inside `transaction`, which nests (as a
 * savepoint) when already inside one.
 * WARNING: a function passed to `transaction` must be synchronous; an exception rolls it back.
 */
export interface Store
  extends ConversationRecords,
    IdentityRecords,
    EscalationRecords,
    ReviewRecords,
    NotificationRecords,
    AuditRecords,
    IdempotencyRecords {
  transaction<T>(fn: () => T): T;
  counts(): StoreCounts;
}
