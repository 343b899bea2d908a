import type { CommandOf } from '../domain/command.js';
import { err, ok } from '../domain/result.js';
import type { ActorContext } from '../kernel/CommandContext.js';
import type { Handled } from '../kernel/Handled.js';
import { TRIAGE_MODEL } from './modelDeployment.js';
import type { ModelVersion } from './modelVersion.js';
import { deploymentOf, moveVersion, putDeployment } from './moveVersion.js';
import { versionIn } from './rolloutCommands.js';

/**
 * Rolls production back: the named production version is rolled back and the one it replaced
 * (archived) serves again; an active rollout is aborted with it, since it was judged against
 * the production being removed.
 */
export function rollbackModel(
  ctx: ActorContext,
  cmd: CommandOf<'rollbackModel'>,
): Handled<ModelVersion> {
  const found = versionIn(ctx, cmd.version, ['production']);
  if (!found.ok) return found.refusal;
  const deployment = deploymentOf(ctx);
  const restored = deployment.previous.at(-1);
  // Stryker disable next-line ConditionalExpression: the store finds no version under a missing name either
  const before = restored === undefined ? undefined : ctx.store.getModelVersion(restored);
  if (!before) {
    const entity = `Deployment/${TRIAGE_MODEL}`;
    const error = { code: 'invalid_state', entity, status: 'no_previous_version' } as const;
    return { result: err(error), action: 'U', entity };
  }
  const by = ctx.actor.userId;
  for (const active of [deployment.staging, deployment.canary]) {
    // Stryker disable next-line ConditionalExpression: the store finds no version under a missing name either
    const v = active === null ? undefined : ctx.store.getModelVersion(active);
    if (v) moveVersion(ctx, v, 'aborted', by, `rollout aborted by the rollback of ${cmd.version}`);
  }
  moveVersion(ctx, before, 'production', by, `restored by the rollback of ${cmd.version}`);
  putDeployment(ctx, {
    ...deployment,
    production: before.version,
    previous: deployment.previous.slice(0, -1),
    staging: null,
    canary: null,
    canaryWeight: 0,
    canaryStartedAt: null,
  });
  const rolledBack = moveVersion(ctx, found.version, 'rolled_back', by, cmd.reason);
  return { result: ok(rolledBack), action: 'U', entity: `ModelVersion/${cmd.version}` };
}
