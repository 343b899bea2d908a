import type { CommandOf } from '../domain/command.js';
import type { CommandError } from '../domain/commandError.js';
import { err, ok } from '../domain/result.js';
import type { Decision, ReviewCase } from '../domain/reviewCase.js';
import type { ActorContext } from '../kernel/CommandContext.js';
import type { Handled } from '../kernel/Handled.js';

/** What a patient is told when a nurse rejects the recommendation without advice of their own. */
export const REJECTED_ADVICE = 'A nurse reviewed your message and will contact you directly.';

const OUTCOMES = { approve: 'approved', reject: 'rejected', modify: 'modified' } as const;

/**
 * The assignee approves, rejects or modifies the AI recommendation, once: a decided case
 * never changes. Anyone else must break the glass, which is audited with its reason.
 */
export function decideCase(ctx: ActorContext, cmd: CommandOf<'decideCase'>): Handled<ReviewCase> {
  const entity = `Case/${cmd.caseId}`;
  const refuse = (error: CommandError): Handled<ReviewCase> => ({
    result: err(error),
    action: 'U',
    entity,
  });
  const found = ctx.store.getCase(cmd.caseId);
  if (!found) return refuse({ code: 'not_found', entity });
  if (found.status !== 'claimed')
    return refuse({ code: 'invalid_state', entity, status: found.status });
  const breakGlass = found.assignee !== ctx.actor.userId;
  if (breakGlass && !cmd.breakGlass) {
    return refuse({
      code: 'not_assigned',
      actor: ctx.actor.userId,
      entity,
      assignee: found.assignee,
    });
  }
  if (cmd.outcome === 'modify' && cmd.advice === undefined) {
    return refuse({
      code: 'invalid_command',
      issues: [{ path: 'advice', message: 'a modification needs the new advice' }],
    });
  }
  const assessment = ctx.store.getAssessment(found.assessmentId);
  // Stryker disable next-line ConditionalExpression,StringLiteral: a case is created with its assessment in one transaction; only a corrupted store lacks it
  if (!assessment) throw new Error(`case ${found.id} has no assessment ${found.assessmentId}`);
  const advice = cmd.outcome === 'approve' ? assessment.advice : (cmd.advice ?? REJECTED_ADVICE);
  const decision: Decision = {
    outcome: OUTCOMES[cmd.outcome],
    by: ctx.actor.userId,
    at: ctx.now,
    reason: cmd.reason,
    advice,
    diff: cmd.outcome === 'modify' ? { from: assessment.advice, to: advice } : null,
    breakGlass,
  };
  const decided: ReviewCase = { ...found, status: decision.outcome, decision };
  ctx.store.updateCase(decided);
  ctx.store.appendNotification(
    found.patientId,
    'case.decided',
    JSON.stringify({ caseId: found.id, advice }),
    ctx.now,
  );
  return {
    result: ok(decided),
    action: 'U',
    entity,
    ...(breakGlass && cmd.breakGlass ? { breakGlassReason: cmd.breakGlass.reason } : {}),
  };
}
