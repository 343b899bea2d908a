import type { Assessment } from '../domain/assessment.js';
import type { CommandOf } from '../domain/command.js';
import type { Escalation } from '../domain/escalation.js';
import { err, ok } from '../domain/result.js';
import type { CaseId, ReviewCase } from '../domain/reviewCase.js';
import type { ActorContext } from '../kernel/CommandContext.js';
import type { Handled } from '../kernel/Handled.js';
import { type Ages, agesOf } from '../records/agesOf.js';
import { complaintOf } from '../records/complaintOf.js';
import { type Names, namesOf } from '../records/namesOf.js';
import { unitOf } from '../records/unitOf.js';
import { unitRefusal } from '../records/unitRefusal.js';
import { reviewDue } from './reviewDue.js';

/** The nurse queue: cases by acuity, then longest waiting, with what each row shows. */
export interface Queue {
  cases: ReviewCase[];
  /** The patients' and assignees' names. */
  names: Names;
  /** The start of the message each case was opened for. */
  complaints: Record<CaseId, string>;
  /** The patients' ages in years, for those who gave a date of birth. */
  ages: Ages;
  /** When each case should be decided by (its acuity's review time after it was opened). */
  due: Record<CaseId, number>;
}

/** Reads the queue with its filters: the cases of the patients of the reader's unit. */
export function readQueue(ctx: ActorContext, cmd: CommandOf<'readQueue'>): Handled<Queue> {
  const cases = ctx.store.listQueue({
    ...(cmd.status ? { status: cmd.status } : {}),
    ...(cmd.acuity ? { acuity: cmd.acuity } : {}),
    ...(cmd.assignee ? { assignee: cmd.assignee } : {}),
    unit: unitOf(ctx.store, ctx.actor.userId),
    limit: cmd.limit,
  });
  const complaints: Record<string, string> = {};
  const due: Record<string, number> = {};
  for (const c of cases) {
    complaints[c.id] = complaintOf(ctx.store, c.assessmentId);
    due[c.id] = reviewDue(ctx.config, c);
  }
  const names = namesOf(
    ctx.store,
    cases.flatMap((c) => [c.patientId, c.assignee]),
  );
  const ages = agesOf(
    ctx.store,
    cases.map((c) => c.patientId),
    ctx.now,
  );
  return {
    result: ok({ cases, names, complaints, ages, due }),
    action: 'R',
    entity: 'Queue/review',
  };
}

/** A case with the basis of its recommendation, as a nurse needs it to judge. */
export interface CaseDetail {
  reviewCase: ReviewCase;
  assessment: Assessment;
  escalation: Escalation | null;
  /** The patient's, assignee's, decider's and acknowledger's names. */
  names: Names;
  /** The patient's age in years, if they gave a date of birth. */
  age: number | null;
  /** When the case should be decided by. */
  dueAt: number;
}

/** Reads one case with its assessment (rule hits, model version, rationale). */
export function readCase(ctx: ActorContext, cmd: CommandOf<'readCase'>): Handled<CaseDetail> {
  const entity = `Case/${cmd.caseId}`;
  const reviewCase = ctx.store.getCase(cmd.caseId);
  if (!reviewCase) return { result: err({ code: 'not_found', entity }), action: 'R', entity };
  const refused = unitRefusal(ctx, reviewCase.patientId);
  if (refused) return refused;
  const assessment = ctx.store.getAssessment(reviewCase.assessmentId);
  // Stryker disable next-line ConditionalExpression,StringLiteral: a case is created with its assessment in one transaction; only a corrupted store lacks it
  if (!assessment) throw new Error(`case ${reviewCase.id} has no assessment`);
  const escalation = ctx.store.openEscalationFor(reviewCase.conversationId) ?? null;
  const names = namesOf(ctx.store, [
    reviewCase.patientId,
    reviewCase.assignee,
    reviewCase.decision?.by ?? null,
    escalation?.acknowledgedBy ?? null,
  ]);
  const age = agesOf(ctx.store, [reviewCase.patientId], ctx.now)[reviewCase.patientId] ?? null;
  const dueAt = reviewDue(ctx.config, reviewCase);
  return {
    result: ok({ reviewCase, assessment, escalation, names, age, dueAt }),
    action: 'R',
    entity,
  };
}
