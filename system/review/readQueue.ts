import type { Assessment } from '../domain/assessment.js';
import type { CommandOf } from '../domain/command.js';
import type { Escalation } from '../domain/escalation.js';
import { err, ok } from '../domain/result.js';
import type { CaseId, ReviewCase } from '../domain/reviewCase.js';
import type { ActorContext } from '../kernel/CommandContext.js';
import type { Handled } from '../kernel/Handled.js';
import { complaintOf } from '../records/complaintOf.js';
import { type Names, namesOf } from '../records/namesOf.js';

/** The nurse queue: cases by acuity, then longest waiting, with what each row shows. */
export interface Queue {
  cases: ReviewCase[];
  /** The patients' and assignees' names. */
  names: Names;
  /** The start of the message each case was opened for. */
  complaints: Record<CaseId, string>;
}

/** Reads the queue with its filters. */
export function readQueue(ctx: ActorContext, cmd: CommandOf<'readQueue'>): Handled<Queue> {
  const cases = ctx.store.listQueue({
    ...(cmd.status ? { status: cmd.status } : {}),
    ...(cmd.acuity ? { acuity: cmd.acuity } : {}),
    ...(cmd.assignee ? { assignee: cmd.assignee } : {}),
    limit: cmd.limit,
  });
  const complaints: Record<string, string> = {};
  for (const c of cases) complaints[c.id] = complaintOf(ctx.store, c.assessmentId);
  const names = namesOf(
    ctx.store,
    cases.flatMap((c) => [c.patientId, c.assignee]),
  );
  return { result: ok({ cases, names, complaints }), action: 'R', entity: 'Queue/review' };
}

/** A case with the basis of its recommendation, as a nurse needs it to judge. */
export interface CaseDetail {
  reviewCase: ReviewCase;
  assessment: Assessment;
  escalation: Escalation | null;
  /** The patient's, assignee's, decider's and acknowledger's names. */
  names: Names;
}

/** Reads one case with its assessment (rule hits, model version, rationale). */
export function readCase(ctx: ActorContext, cmd: CommandOf<'readCase'>): Handled<CaseDetail> {
  const entity = `Case/${cmd.caseId}`;
  const reviewCase = ctx.store.getCase(cmd.caseId);
  if (!reviewCase) return { result: err({ code: 'not_found', entity }), action: 'R', entity };
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
  return { result: ok({ reviewCase, assessment, escalation, names }), action: 'R', entity };
}
