import type { AuditAnchor } from '../audit/verifyAuditLog.js';
import type { ModelAlert } from '../deployment/modelAlert.js';
import type { CallStats, ModelCall } from '../deployment/modelCall.js';
import type { ModelDeployment } from '../deployment/modelDeployment.js';
import type { ModelVersion } from '../deployment/modelVersion.js';
import type { Assessment, AssessmentId } from '../domain/assessment.js';
import type { AuditEvent } from '../domain/auditEvent.js';
import type { Conversation, ConversationId } from '../domain/conversation.js';
import type { Escalation, EscalationId } from '../domain/escalation.js';
import type { Message } from '../domain/message.js';
import type { Patient, PatientId } from '../domain/patient.js';
import type { CaseId, CaseStatus, ReviewCase } from '../domain/reviewCase.js';
import type { Unit } from '../domain/unit.js';
import type { Realm, Role, UserId } from '../domain/user.js';
import type { OperationsView } from '../operations/OperationsView.js';
import type { BreakerRecord } from '../serving/circuitBreaker.js';

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
  /** The care unit the user works in (staff) or is registered with (a patient). */
  unit: Unit;
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
  /** Only the cases of the patients of this unit. */
  unit?: Unit;
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
  /** A patient's conversations, newest first, with how many messages each holds. */
  conversationsOf(id: PatientId): Array<Conversation & { messages: number }>;
  /** The text of the message an assessment was made of. */
  assessedText(id: AssessmentId): string | undefined;
}

/** Users and sessions. */
export interface IdentityRecords {
  insertUser(user: UserRecord): void;
  getUser(id: UserId): UserRecord | undefined;
  getUserByUsername(username: string, realm: Realm): UserRecord | undefined;
  insertSession(session: SessionRecord): void;
  getSession(tokenHash: string): SessionRecord | undefined;
  endSession(tokenHash: string, at: number): void;
  usersWithRole(role: Role): UserId[];
  /** The users with the role in the unit, oldest first. */
  usersWithRoleIn(role: Role, unit: Unit): UserId[];
  /** Deletes the sessions that expired or ended before `before`; returns how many. */
  pruneSessions(before: number): number;
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
  /** Every escalation not yet resolved: most urgent, earliest deadline, first raised first. */
  unresolvedEscalations(): Escalation[];
  /** The same, of the patients of one unit only. */
  unresolvedEscalationsIn(unit: Unit): Escalation[];
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

/** A notification as the outbox holds it; `body` is JSON text. */
export interface NotificationRecord {
  seq: number;
  kind: string;
  body: string;
  createdAt: number;
}

/**
 * What retention deletes: notifications older than `maxAgeMs`, and those beyond the newest
 * `maxPerRecipient` of their recipient; idempotency answers older than `idempotencyMs`;
 * sessions that expired or ended more than `sessionsMs` ago.
 */
export interface RetentionPolicy {
  maxAgeMs: number;
  maxPerRecipient: number;
  idempotencyMs: number;
  sessionsMs: number;
}

export interface DeliveryRecords {
  /** The outbox's current timeline (`origin` until a restore starts another). */
  outboxTimeline(): string;
  /**
   * The last position on `timeline` whose notifications the recipient's outbox holds the same
   * now: any position on the current timeline; on an ancestor, the lowest fork point on the
   * way down to it; 0 on a timeline this one does not descend from.
   */
  sharedPosition(recipient: string, timeline: string): number;
  /**
   * Starts a new timeline whose parent is the current one, inheriting every recipient's
   * notifications up to the last one held now. What a restore does to the restored copy.
   */
  startTimeline(timeline: string): void;
  /** A recipient's notifications after `afterSeq`, in sequence order, at most `limit`. */
  notificationsAfter(recipient: string, afterSeq: number, limit: number): NotificationRecord[];
  /** The first sequence number still held and the last one written (0 and 0 when none). */
  notificationBounds(recipient: string): { first: number; last: number };
  /** The last sequence number the recipient acknowledged (0 when none). */
  ackedSeq(recipient: string): number;
  /**
   * Records an acknowledgement; the position never moves back. Why not named like a write:
   * it is delivery bookkeeping, not a command's write, and fault injectors count those.
   */
  recordAck(recipient: string, seq: number, at: number): void;
  /**
   * Deletes what the policy lets go and returns how many were deleted.
   * WARNING: a recipient's last notification is always kept, since its sequence continues
   * from it.
   */
  pruneNotifications(now: number, policy: RetentionPolicy): number;
}

/** The model registry, deployments, call telemetry, circuit breakers, alerts and flags. */
export interface DeploymentRecords {
  insertModelVersion(version: ModelVersion): void;
  updateModelVersion(version: ModelVersion): void;
  getModelVersion(version: string): ModelVersion | undefined;
  /** A model's versions in the order they were registered. */
  listModelVersions(model: string): ModelVersion[];
  getDeployment(model: string): ModelDeployment | undefined;
  putDeployment(deployment: ModelDeployment): void;
  appendModelCall(call: ModelCall): void;
  /** Counts over the calls that reached a version's server at or after `since`. */
  callStats(version: string, since: number, slowMs: number): CallStats;
  getBreaker(version: string): BreakerRecord | undefined;
  putBreaker(breaker: BreakerRecord): void;
  listBreakers(): BreakerRecord[];
  insertAlert(alert: ModelAlert): void;
  listAlerts(model: string): ModelAlert[];
  /** A feature flag's stored configuration (JSON), if it was ever set. */
  getFlag(key: string): string | undefined;
  putFlag(key: string, config: string, at: number): void;
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

/** The first answer of a command sent with an idempotency key, and which request it was. */
export interface IdempotentAnswer {
  /** The request the key was first used for: `<type>:<sha256 of its fields>`. */
  fingerprint: string;
  /** The answer, as JSON text. */
  response: string;
}

/** First answers of commands sent with an idempotency key. */
export interface IdempotencyRecords {
  getIdempotent(key: string): IdempotentAnswer | undefined;
  putIdempotent(key: string, answer: IdempotentAnswer, at: number): void;
  /** Deletes the answers stored before `before`; returns how many. */
  pruneIdempotent(before: number): number;
}

/** What operations read: probes of the database, and the aggregates behind the metrics. */
export interface OperationsRecords {
  /** Reads a row; throws if the database cannot answer. */
  probeRead(): void;
  /**
   * Commits a write to a row nothing else reads; throws if the database refuses writes.
   * WARNING: commits on its own, so never call it inside a command's transaction.
   */
  probeWrite(at: number): void;
  /** Aggregates at `now`; `ackSlaMs` is the configured SLA by acuity. */
  operationsView(now: number, ackSlaMs: Readonly<Record<string, number>>): OperationsView;
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
    DeliveryRecords,
    DeploymentRecords,
    AuditRecords,
    IdempotencyRecords,
    OperationsRecords {
  transaction<T>(fn: () => T): T;
  counts(): StoreCounts;
}
