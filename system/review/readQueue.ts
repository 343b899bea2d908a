import type { Assessment } from '../domain/assessment.js';
import type { CommandOf } from '../domain/command.js';
import type { Escalation } from '../domain/escalation.js';
import { err, ok } from '../domain/result.js';
import type { ReviewCase } from '../domain/reviewCase.js';
import type { ActorContext } from '../kernel/CommandContext.js';
import type { Handled } from '../kernel/Handled.js';

/** The nurse queue: cases by acuity, then longest waiting. */
export interface Queue {
  cases: ReviewCase[];
}

/** Reads the queue with its filters. */
export function readQueue(ctx: ActorContext, cmd: CommandOf<'readQueue'>): Handled<Queue> {
  const cases = ctx.store.listQueue({
    ...(cmd.status ? { status: cmd.status } : {}),
    ...(cmd.acuity ? { acuity: cmd.acuity } : {}),
    ...(cmd.assignee ? { assignee: cmd.assignee } : {}),
    limit: cmd.limit,
  });
  return { result: ok({ cases }), action: 'R', entity: 'Queue/review' };
}

/** A case with the basis of its recommendation, as a nurse needs it to judge. */
export interface CaseDetail {
  reviewCase: ReviewCase;
  assessment: Assessment;
  escalation: Escalation | null;
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
  return { result: ok({ reviewCase, assessment, escalation }), action: 'R', entity };
}
