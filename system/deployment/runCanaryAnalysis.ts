import { ok } from '../domain/result.js';
import { notifyStaff } from '../escalation/notifyStaff.js';
import type { CommandContext } from '../kernel/CommandContext.js';
import type { Handled } from '../kernel/Handled.js';
import { canaryVerdict } from './canaryVerdict.js';
import type { ModelAlert } from './modelAlert.js';
import { deploymentOf, moveVersion, putDeployment } from './moveVersion.js';

/**
 * The scheduler's canary analysis, run with the other due timers in their transaction: a
 * failing canary is aborted by the system itself (weight 0, production untouched), an alert
 * is recorded and the ML engineers are notified. The timers' answer gains the aborted versions.
 */
export function runCanaryAnalysis<T extends object>(
  ctx: CommandContext,
  timers: Handled<T>,
): Handled<T & { rolloutsAborted: string[] }> {
  const rolloutsAborted: string[] = [];
  const deployment = deploymentOf(ctx);
  const canary =
    // Stryker disable next-line ConditionalExpression: the store finds no version under a missing name either
    deployment.canary === null ? undefined : ctx.store.getModelVersion(deployment.canary);
  if (canary && timers.result.ok) {
    const policy = ctx.config.deployment.analysis;
    const stats = ctx.store.callStats(
      canary.version,
      // Stryker disable next-line LogicalOperator: a version is called only from its canary's start, so counting from 0 counts the same calls
      deployment.canaryStartedAt ?? 0,
      policy.slowCallMs,
    );
    const verdict = canaryVerdict(stats, policy);
    if (verdict.fails) {
      moveVersion(
        ctx,
        canary,
        'aborted',
        'system',
        // Stryker disable next-line StringLiteral: the separator of the history's reason text, display only; the alert keeps the reasons apart
        `canary analysis: ${verdict.reasons.join('; ')}`,
      );
      putDeployment(ctx, { ...deployment, canary: null, canaryWeight: 0, canaryStartedAt: null });
      const alert: ModelAlert = {
        id: ctx.ids.next('alert'),
        model: deployment.model,
        version: canary.version,
        kind: 'canary_failed',
        reasons: verdict.reasons,
        stats,
        raisedAt: ctx.now,
      };
      ctx.store.insertAlert(alert);
      notifyStaff(ctx, ['ml_engineer'], 'model.canaryFailed', {
        alertId: alert.id,
        version: canary.version,
      });
      rolloutsAborted.push(canary.version);
    }
  }
  const result = timers.result.ok ? ok({ ...timers.result.value, rolloutsAborted }) : timers.result;
  return { ...timers, result } as Handled<T & { rolloutsAborted: string[] }>;
}
