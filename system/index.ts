import { POLICY } from './access/policy.js';
import { type AuditVerdict, verifyAuditLog } from './audit/verifyAuditLog.js';
import { type DeploymentView, deploymentView } from './deployment/deploymentView.js';
import type { Assessment, AssessmentId } from './domain/assessment.js';
import { AuditEvent } from './domain/auditEvent.js';
import type { CommandInput, CommandType } from './domain/command.js';
import type { BoundaryError, CommandError } from './domain/commandError.js';
import type { ConversationId } from './domain/conversation.js';
import type { Escalation, EscalationId } from './domain/escalation.js';
import { err, ok, type Result } from './domain/result.js';
import type { CaseId, ReviewCase } from './domain/reviewCase.js';
import type { Role, UserId } from './domain/user.js';
import { bootstrapTokenHash } from './identity/bootstrapToken.js';
import { SCRYPT_PASSWORDS } from './identity/passwordHash.js';
import { resolveSession } from './identity/resolveSession.js';
import { SignInGuard } from './identity/SignInGuard.js';
import type { CommandResults } from './kernel/CommandResults.js';
import { type Answer, executeCommand, refuseUnchecked } from './kernel/executeCommand.js';
import type { KernelDeps, RequestSource } from './kernel/KernelDeps.js';
import { DEFAULT_CONFIG } from './kernel/SystemConfig.js';
import type { OperationsView } from './operations/OperationsView.js';
import { readHealth } from './operations/readHealth.js';
import type { SystemHealth } from './operations/SystemHealth.js';
import { seededIds } from './ports/seededIds.js';
import { VirtualClock } from './ports/VirtualClock.js';
import type { SystemOptions } from './SystemOptions.js';
import { createServing } from './serving/createServing.js';
import { openSqliteStore } from './store/openSqliteStore.js';
import type { RetentionPolicy, Store, StoreCounts } from './store/Store.js';
import { RED_FLAG_RULES } from './triage/redFlagRules.js';
import { rulesOnlyModel } from './triage/rulesOnlyModel.js';

/**
 * Keep a week of notifications, and at most 10,000 per recipient; idempotency answers for a
 * day (Stripe's rule: a retry comes within one); sessions for a day after they expired or
 * ended (after which a token reads as unknown rather than expired).
 */
export const DEFAULT_RETENTION: RetentionPolicy = {
  maxAgeMs: 7 * 86_400_000,
  maxPerRecipient: 10_000,
  idempotencyMs: 86_400_000,
  sessionsMs: 86_400_000,
};

export type { SystemOptions } from './SystemOptions.js';

/** A notification as its recipient receives it. */
export interface Notification {
  seq: number;
  kind: string;
  body: unknown;
  createdAt: number;
}

/** A page of a recipient's outbox after a position. */
export interface NotificationPage {
  recipient: UserId;
  /** The notifications after the position asked for, in order (none on a resync). */
  notifications: Notification[];
  /** The last sequence number written for the recipient. */
  latest: number;
  acked: number;
  /** The outbox's timeline, which a restore changes: what a client resumes on next time. */
  timeline: string;
  /**
   * Set when the position cannot be resumed (what follows it was pruned, or it is ahead of
   * the outbox): the client must reload its state and go on from `latest`.
   */
  resync: { after: number; firstAvailable: number } | null;
}

/** The system's one public face: commands in, answers out, and read-outs for checking. */
export interface System {
  /** Runs a typed command. */
  execute<T extends CommandType>(
    command: Extract<CommandInput, { type: T }>,
    source?: RequestSource,
  ): Promise<Answer<CommandResults[T]>>;
  /**
   * Runs a command that has not been checked yet (from the wire): answers are untyped.
   * `source` is where the transport says it came from (the HTTP server: the peer's address,
   * which the sign-in guard limits per address).
   */
  executeUnknown(command: unknown, source?: RequestSource): Promise<Answer<unknown>>;
  /**
   * Audits and answers a request the HTTP layer refused before it became a command (a foreign
   * origin, a body not declared JSON or not UTF-8): one audit event, like any refusal. `raw`
   * gives its type and correlation id, if it names them.
   */
  refuseRequest(
    raw: { type?: unknown; correlationId?: unknown },
    error: BoundaryError,
  ): Answer<never>;
  /** Recomputes the audit chain and checks it against its anchor. */
  verifyAudit(): AuditVerdict;
  /** The audit log in order. */
  auditLog(): Iterable<AuditEvent>;
  /** The last audit event. */
  lastAuditEvent(): AuditEvent | undefined;
  /** How many records of each kind are held. */
  counts(): StoreCounts & { auditEvents: number };
  /** The escalations raised in a conversation. */
  escalations(conversationId: ConversationId): Escalation[];
  escalation(id: EscalationId): Escalation | undefined;
  /** An assessment with its whole basis (what a nurse sees). */
  assessment(id: AssessmentId): Assessment | undefined;
  reviewCase(id: CaseId): ReviewCase | undefined;
  /** Fires the timers that are due (SLA expiries): what the scheduler calls. */
  tick(): Promise<Answer<CommandResults['runDueTimers']>>;
  /**
   * The session's user's notifications after `afterSeq` (null: after their last ack), at most
   * `limit`. `timeline` is the one the position was read on (a welcome told it): a position on
   * a timeline a restore left behind resumes only up to where the two share their
   * notifications, else it is a resync. Not a command: delivery reads are not audited.
   */
  notificationsAfter(
    session: string,
    afterSeq: number | null,
    limit?: number,
    timeline?: string,
  ): Result<NotificationPage, CommandError>;
  /** Records that the session's user has everything up to `seq`; the position never moves back. */
  ackNotifications(session: string, seq: number): Result<{ acked: number }, CommandError>;
  /** Prunes the outbox by the retention policy; what the scheduler calls with `tick`. */
  pruneNotifications(): number;
  /**
   * Deletes idempotency answers and spent sessions past the retention policy; what the
   * scheduler calls with `tick`. Unaudited, like the outbox's pruning: the audit log keeps
   * every command and sign-in.
   */
  pruneRecords(): { idempotency: number; sessions: number };
  /** The model registry, traffic weights, breakers, alerts and triage flag as they stand. */
  deployment(): DeploymentView;
  /**
   * Probes the database (a read and a committed write) and reads the model serving state:
   * what readiness is judged on. Never throws.
   */
  health(): SystemHealth;
  /** Aggregates an operator watches (escalations, queue, model calls, outbox); no PHI. */
  operations(): OperationsView;
  /**
   * The role of a live session, or null. Not a command, so not audited: for guarding reads
   * that carry no patient data (the metrics).
   */
  sessionRole(session: string): Role | null;
}

/** Builds a system over its ports. */
export function createSystem(options: SystemOptions = {}): System {
  const base = options.store ?? openSqliteStore(':memory:');
  const notified = new Set<string>();
  const store: Store = options.onCommit
    ? {
        ...base,
        appendNotification: (recipient, kind, body, at) => {
          notified.add(recipient);
          return base.appendNotification(recipient, kind, body, at);
        },
        // Why a sign-out is a hint too: the user's live connections then read their outbox
        // at once, and the one whose session ended is closed (issue 17, D16).
        endSession: (tokenHash, at) => {
          const session = base.getSession(tokenHash);
          if (session) notified.add(session.userId);
          base.endSession(tokenHash, at);
        },
      }
    : base;
  const onCommit = options.onCommit;
  // Why a hint may name a recipient with nothing new: a rolled-back command's names stay.
  const committed = onCommit
    ? () => {
        if (notified.size === 0) return;
        const recipients = new Set(notified);
        notified.clear();
        onCommit(recipients);
      }
    : undefined;
  const retention = { ...DEFAULT_RETENTION, ...options.retention };
  const config = { ...DEFAULT_CONFIG, ...options.config };
  const clock = options.clock ?? new VirtualClock();
  const baseline = options.modelServer ?? rulesOnlyModel();
  const serving = createServing(
    { store, clock, config: config.deployment, baseline },
    options.deployment,
  );
  const deps: KernelDeps = {
    store,
    config,
    policy: options.policy ?? POLICY,
    clock,
    ids: options.ids ?? seededIds(options.seed ?? 0),
    triage: { redFlagRules: options.redFlagRules ?? RED_FLAG_RULES, route: serving.route },
    artifacts: serving.artifacts,
    referenceSet: serving.referenceSet,
    bootstrapTokenHash:
      options.bootstrapToken === undefined ? null : bootstrapTokenHash(options.bootstrapToken),
    guard: new SignInGuard(config.signInLimits),
    passwords: options.passwords ?? SCRYPT_PASSWORDS,
  };
  const executeUnknown = (command: unknown, source?: RequestSource) =>
    executeCommand(deps, command, committed, source);
  const refuseRequest: System['refuseRequest'] = (raw, error) =>
    refuseUnchecked(deps, raw, error, 'Request') as Answer<never>;
  const recipientOf = (session: string): Result<UserId, CommandError> => {
    const actor = resolveSession(store, session, deps.clock.now());
    return actor.ok ? ok(actor.value.userId) : actor;
  };
  return {
    execute: executeUnknown as System['execute'],
    executeUnknown,
    refuseRequest,
    verifyAudit: () => verifyAuditLog(store.readAudit(), store.auditAnchor()),
    auditLog: () => [...store.readAudit()].map((entry) => AuditEvent.parse(entry)),
    lastAuditEvent: () => store.lastAudit(),
    counts: () => ({ ...store.counts(), auditEvents: store.auditCount() }),
    escalations: (id) => store.listEscalations(id),
    escalation: (id) => store.getEscalation(id),
    assessment: (id) => store.getAssessment(id),
    reviewCase: (id) => store.getCase(id),
    tick: () => executeUnknown({ type: 'runDueTimers' }) as ReturnType<System['tick']>,
    notificationsAfter(session, afterSeq, limit = 500, timeline) {
      if (afterSeq !== null && !isPosition(afterSeq)) return badPosition('afterSeq');
      if (!isPosition(limit) || limit < 1) return badPosition('limit');
      const recipient = recipientOf(session);
      if (!recipient.ok) return recipient;
      const id = recipient.value;
      const acked = store.ackedSeq(id);
      const after = afterSeq ?? acked;
      const { first, last } = store.notificationBounds(id);
      const current = store.outboxTimeline();
      // Why a position on an older timeline may resume: up to the fork the two hold the same
      // notifications; past it, the old one's were thrown away by a restore.
      const elsewhere =
        timeline !== undefined &&
        timeline !== current &&
        after > store.sharedPosition(id, timeline);
      if (elsewhere || after > last || (after < last && first > after + 1)) {
        const resync = { after, firstAvailable: first };
        return ok({
          recipient: id,
          notifications: [],
          latest: last,
          acked,
          timeline: current,
          resync,
        });
      }
      const notifications = store.notificationsAfter(id, after, limit).map((n) => ({
        seq: n.seq,
        kind: n.kind,
        body: JSON.parse(n.body) as unknown,
        createdAt: n.createdAt,
      }));
      return ok({
        recipient: id,
        notifications,
        latest: last,
        acked,
        timeline: current,
        resync: null,
      });
    },
    ackNotifications(session, seq) {
      if (!isPosition(seq)) return badPosition('seq');
      const recipient = recipientOf(session);
      if (!recipient.ok) return recipient;
      const id = recipient.value;
      return store.transaction(() => {
        const { last } = store.notificationBounds(id);
        if (seq > last)
          return err({ code: 'invalid_state', entity: `Outbox/${id}`, status: `latest ${last}` });
        store.recordAck(id, seq, deps.clock.now());
        return ok({ acked: store.ackedSeq(id) });
      });
    },
    pruneNotifications: () =>
      store.transaction(() => store.pruneNotifications(deps.clock.now(), retention)),
    pruneRecords: () =>
      store.transaction(() => {
        const now = deps.clock.now();
        return {
          idempotency: store.pruneIdempotent(now - retention.idempotencyMs),
          sessions: store.pruneSessions(now - retention.sessionsMs),
        };
      }),
    deployment: () => deploymentView(store, clock.now(), config.deployment),
    health: () => readHealth(store, clock.now(), config.deployment),
    operations: () => store.operationsView(clock.now(), config.ackSlaMs),
    sessionRole(session) {
      const actor = resolveSession(store, session, deps.clock.now());
      return actor.ok ? actor.value.role : null;
    },
  };
}

const isPosition = (n: number): boolean => Number.isSafeInteger(n) && n >= 0;

const badPosition = (path: string): { ok: false; error: CommandError } =>
  err({ code: 'invalid_command', issues: [{ path, message: 'expected an integer >= 0' }] });

export { type Action, COMMAND_ACTIONS, POLICY, type Policy } from './access/policy.js';
export { canonicalJson } from './audit/canonicalJson.js';
export { hashAuditEvent } from './audit/hashAuditEvent.js';
export type { AuditVerdict } from './audit/verifyAuditLog.js';
export { verifyAuditLog } from './audit/verifyAuditLog.js';
export { BackupManifest } from './backup/BackupManifest.js';
export { backupDatabase } from './backup/backupDatabase.js';
export { type LostWork, lostSinceBackup } from './backup/lostSinceBackup.js';
export { type RestoreOutcome, restoreDatabase } from './backup/restoreDatabase.js';
export { MAX_MESSAGE_CODE_POINTS, messageViolation } from './conversation/messageLimits.js';
export type { HistoryPage } from './conversation/readHistory.js';
export type { MessageSent as MessageSentValue } from './conversation/sendMessage.js';
export type { ArtifactStore } from './deployment/ArtifactStore.js';
export {
  DEFAULT_DEPLOYMENT_CONFIG,
  type DeploymentConfig,
} from './deployment/DeploymentConfig.js';
export type { DeploymentView } from './deployment/deploymentView.js';
export { directoryArtifactStore } from './deployment/directoryArtifactStore.js';
export { type MemoryArtifactStore, memoryArtifactStore } from './deployment/memoryArtifactStore.js';
export type { ModelAlert } from './deployment/modelAlert.js';
export type { ModelVersion, VersionState } from './deployment/modelVersion.js';
export { trafficBucket } from './deployment/trafficBucket.js';
export type { Acuity } from './domain/acuity.js';
export type { Assessment, AssessmentId } from './domain/assessment.js';
export type { AuditEvent } from './domain/auditEvent.js';
export type { CommandInput, CommandType } from './domain/command.js';
export type { BoundaryError, CommandError, CommandErrorCode } from './domain/commandError.js';
export type { ConversationId } from './domain/conversation.js';
export type { Escalation, EscalationId } from './domain/escalation.js';
export type { PatientId } from './domain/patient.js';
export type { Result } from './domain/result.js';
export type { CaseId, ReviewCase } from './domain/reviewCase.js';
export type { Actor, Role, UserId } from './domain/user.js';
export { type EvaluationDetails, evaluateFlag } from './flags/evaluateFlag.js';
export { type FlagProvider, storeFlagProvider } from './flags/FlagProvider.js';
export {
  SAFE_TRIAGE_VARIANT,
  TRIAGE_FLAG,
  type TriageVariant,
} from './flags/triageFlag.js';
export {
  type PasswordCost,
  type PasswordHasher,
  SCRYPT_PASSWORDS,
} from './identity/passwordHash.js';
export {
  type BucketLimit,
  DEFAULT_SIGN_IN_LIMITS,
  NO_SIGN_IN_LIMITS,
  type SignInLimits,
} from './identity/SignInGuard.js';
export type { CommandResults } from './kernel/CommandResults.js';
export type { Answer } from './kernel/executeCommand.js';
export type { RequestSource } from './kernel/KernelDeps.js';
export { DEFAULT_CONFIG, type SystemConfig } from './kernel/SystemConfig.js';
export type { LabelledExample } from './ml/labelledExample.js';
export { parseArtifact } from './ml/parseArtifact.js';
export { parseExamples } from './ml/parseExamples.js';
export { predict } from './ml/predict.js';
export { trainClassifier } from './ml/trainClassifier.js';
export type { TriageModelArtifact } from './ml/triageModelArtifact.js';
export type { OperationsView, Tally } from './operations/OperationsView.js';
export type { Check, SystemHealth } from './operations/SystemHealth.js';
export type { Clock } from './ports/Clock.js';
export { cryptoIds } from './ports/cryptoIds.js';
export type { Ids } from './ports/Ids.js';
export type { ModelInput, ModelServer } from './ports/ModelServer.js';
export { seededIds } from './ports/seededIds.js';
export { systemClock } from './ports/systemClock.js';
export { VirtualClock } from './ports/VirtualClock.js';
export type { ConversationSummary } from './records/listConversations.js';
export type { StaffMember } from './records/listStaff.js';
export type { Names } from './records/namesOf.js';
export type { PatientConversation } from './records/readConversation.js';
export type { EscalationBoardView } from './records/readEscalations.js';
export { caseAcuities } from './release/caseAcuities.js';
export { evaluateRelease } from './release/evaluateRelease.js';
export { fileReferenceSet } from './release/fileReferenceSet.js';
export type { ReferenceCase } from './release/ReferenceCase.js';
export type { ReferenceSet } from './release/ReferenceSet.js';
export type { ReleaseEvaluation } from './release/ReleaseEvaluation.js';
export { readReferenceCases } from './release/readReferenceCases.js';
export {
  DEFAULT_GATE_POLICY,
  type GatePolicy,
  type GateVerdict,
  releaseGate,
} from './release/releaseGate.js';
export { REJECTED_ADVICE } from './review/decideCase.js';
export type { PatientReply } from './review/patientReply.js';
export type { CaseDetail, Queue } from './review/readQueue.js';
export type { BreakerRecord, BreakerState } from './serving/circuitBreaker.js';
export type { DeploymentOptions } from './serving/createServing.js';
export { artifactModelHost, type ModelHost } from './serving/ModelHost.js';
export type { SqliteStore } from './store/openSqliteStore.js';
export { openSqliteStore } from './store/openSqliteStore.js';
export type { RetentionPolicy, Store, StoreCounts } from './store/Store.js';
export { isStoreUnavailable, StoreUnavailable } from './store/StoreUnavailable.js';
export { NO_MODEL_VERSION } from './triage/assessMessage.js';
export { ADVICE } from './triage/disposition.js';
export { evaluateRedFlags } from './triage/evaluateRedFlags.js';
export type { RedFlagFamily } from './triage/redFlagFamily.js';
export type { RedFlagRule } from './triage/redFlagRules.js';
export { RED_FLAG_RULES } from './triage/redFlagRules.js';
export { RULES_ONLY_VERSION, rulesOnlyModel } from './triage/rulesOnlyModel.js';
