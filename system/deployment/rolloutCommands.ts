import type { CommandOf } from '../domain/command.js';
import { err, ok } from '../domain/result.js';
import type { ActorContext } from '../kernel/CommandContext.js';
import type { Handled } from '../kernel/Handled.js';
import { TRIAGE_MODEL } from './modelDeployment.js';
import type { ModelVersion, VersionState } from './modelVersion.js';
import { deploymentOf, moveVersion, putDeployment } from './moveVersion.js';

type Answer = Handled<ModelVersion>;

/** The version a command names, if it is in one of the states the command needs. */
export function versionIn(
  ctx: ActorContext,
  version: string,
  states: readonly VersionState[],
): { ok: true; version: ModelVersion } | { ok: false; refusal: Answer } {
  const entity = `ModelVersion/${version}`;
  const found = ctx.store.getModelVersion(version);
  if (!found)
    return {
      ok: false,
      refusal: { result: err({ code: 'not_found', entity }), action: 'U', entity },
    };
  if (!states.includes(found.state)) {
    const error = { code: 'invalid_state', entity, status: found.state } as const;
    return { ok: false, refusal: { result: err(error), action: 'U', entity } };
  }
  return { ok: true, version: found };
}

const done = (version: ModelVersion): Answer => ({
  result: ok(version),
  action: 'U',
  entity: `ModelVersion/${version.version}`,
});

/** Stages a validated version; one rollout at a time per model. */
export function stageModel(ctx: ActorContext, cmd: CommandOf<'stageModel'>): Answer {
  const found = versionIn(ctx, cmd.version, ['validated']);
  if (!found.ok) return found.refusal;
  const deployment = deploymentOf(ctx);
  if (deployment.staging !== null || deployment.canary !== null) {
    const entity = `Deployment/${TRIAGE_MODEL}`;
    const error = { code: 'invalid_state', entity, status: 'rollout_active' } as const;
    return { result: err(error), action: 'U', entity };
  }
  putDeployment(ctx, { ...deployment, staging: cmd.version });
  return done(moveVersion(ctx, found.version, 'staging', ctx.actor.userId, 'staged'));
}

/** Starts a staged version's canary at the first weight step: its analysis window opens now. */
export function startCanary(ctx: ActorContext, cmd: CommandOf<'startCanary'>): Answer {
  const found = versionIn(ctx, cmd.version, ['staging']);
  if (!found.ok) return found.refusal;
  const weight = ctx.config.deployment.canarySteps[0] ?? 0;
  putDeployment(ctx, {
    ...deploymentOf(ctx),
    staging: null,
    canary: cmd.version,
    canaryWeight: weight,
    canaryStartedAt: ctx.now,
  });
  return done(moveVersion(ctx, found.version, 'canary', ctx.actor.userId, `canary at ${weight}%`));
}

/** Raises a canary to its next weight step; at the last step only promotion or abort remain. */
export function advanceCanary(ctx: ActorContext, cmd: CommandOf<'advanceCanary'>): Answer {
  const found = versionIn(ctx, cmd.version, ['canary']);
  if (!found.ok) return found.refusal;
  const deployment = deploymentOf(ctx);
  const steps = ctx.config.deployment.canarySteps;
  const next = steps.find((w) => w > deployment.canaryWeight);
  if (next === undefined) {
    const entity = `ModelVersion/${cmd.version}`;
    const error = { code: 'invalid_state', entity, status: 'canary_at_last_step' } as const;
    return { result: err(error), action: 'U', entity };
  }
  putDeployment(ctx, { ...deployment, canaryWeight: next });
  const history = [
    ...found.version.history,
    {
      from: 'canary',
      to: 'canary',
      at: ctx.now,
      by: ctx.actor.userId,
      reason: `canary at ${next}%`,
    } as const,
  ];
  const moved = { ...found.version, history };
  ctx.store.updateModelVersion(moved);
  return done(moved);
}

/**
 * Promotes a canary to production: it takes all traffic, and the production it replaces is
 * archived, kept as the version a rollback restores.
 */
export function promoteModel(ctx: ActorContext, cmd: CommandOf<'promoteModel'>): Answer {
  const found = versionIn(ctx, cmd.version, ['canary']);
  if (!found.ok) return found.refusal;
  const deployment = deploymentOf(ctx);
  const old =
    // Stryker disable next-line ConditionalExpression: the store finds no version under a missing name either
    deployment.production === null ? undefined : ctx.store.getModelVersion(deployment.production);
  if (old) moveVersion(ctx, old, 'archived', ctx.actor.userId, `replaced by ${cmd.version}`);
  putDeployment(ctx, {
    ...deployment,
    production: cmd.version,
    previous: old ? [...deployment.previous, old.version] : deployment.previous,
    canary: null,
    canaryWeight: 0,
    canaryStartedAt: null,
  });
  return done(moveVersion(ctx, found.version, 'production', ctx.actor.userId, 'promoted'));
}

/** Aborts a rollout (staged or in canary): no traffic goes to it, production is untouched. */
export function abortRollout(ctx: ActorContext, cmd: CommandOf<'abortRollout'>): Answer {
  const found = versionIn(ctx, cmd.version, ['staging', 'canary']);
  if (!found.ok) return found.refusal;
  putDeployment(ctx, {
    ...deploymentOf(ctx),
    staging: null,
    canary: null,
    canaryWeight: 0,
    canaryStartedAt: null,
  });
  return done(moveVersion(ctx, found.version, 'aborted', ctx.actor.userId, cmd.reason));
}
