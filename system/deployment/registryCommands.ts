import type { CommandOf } from '../domain/command.js';
import type { CommandError } from '../domain/commandError.js';
import { err, ok, type Result } from '../domain/result.js';
import type { ActorContext } from '../kernel/CommandContext.js';
import type { Handled } from '../kernel/Handled.js';
import { promotionGate } from '../ml/promotionGate.js';
import type { TriageModelArtifact } from '../ml/triageModelArtifact.js';
import type { ArtifactProblem } from './ArtifactStore.js';
import { type ModelDeployment, TRIAGE_MODEL } from './modelDeployment.js';
import type { ModelVersion } from './modelVersion.js';
import { deploymentOf, moveVersion, putDeployment } from './moveVersion.js';

/**
 * Registers a version from the artifact store (loaded and verified before the transaction):
 * its metrics come with it; a version is registered once.
 */
export function registerModel(
  ctx: ActorContext,
  cmd: CommandOf<'registerModel'>,
  artifact: Result<TriageModelArtifact, ArtifactProblem> | null,
): Handled<ModelVersion> {
  const entity = `ModelVersion/${cmd.version}`;
  const refuse = (error: CommandError): Handled<ModelVersion> => ({
    result: err(error),
    action: 'C',
    entity,
  });
  const existing = ctx.store.getModelVersion(cmd.version);
  if (existing) return refuse({ code: 'invalid_state', entity, status: existing.state });
  // Stryker disable next-line OptionalChaining: registration is always prepared with the artifact store's answer, never null
  if (!artifact?.ok) {
    const what = `ModelArtifact/${cmd.version}`;
    return refuse(
      // Stryker disable next-line OptionalChaining: registration is always prepared with the artifact store's answer, never null
      artifact?.error.kind === 'unverified'
        ? { code: 'invalid_state', entity: what, status: 'unverified' }
        : { code: 'not_found', entity: what },
    );
  }
  const version: ModelVersion = {
    version: artifact.value.version,
    model: TRIAGE_MODEL,
    state: 'registered',
    metrics: artifact.value.metrics,
    labelCorruption: artifact.value.labelCorruption,
    registeredAt: ctx.now,
    history: [
      { from: null, to: 'registered', at: ctx.now, by: ctx.actor.userId, reason: 'registered' },
    ],
  };
  ctx.store.insertModelVersion(version);
  return { result: ok(version), action: 'C', entity };
}

/**
 * Runs the promotion gate on a registered version's metrics, under the gate policy in force:
 * it passes into validation, or is refused with the gate's reasons and stays registered.
 */
export function validateModel(
  ctx: ActorContext,
  cmd: CommandOf<'validateModel'>,
): Handled<ModelVersion> {
  const entity = `ModelVersion/${cmd.version}`;
  const version = ctx.store.getModelVersion(cmd.version);
  if (!version) return { result: err({ code: 'not_found', entity }), action: 'E', entity };
  if (version.state !== 'registered') {
    const error = { code: 'invalid_state', entity, status: version.state } as const;
    return { result: err(error), action: 'E', entity };
  }
  const verdict = promotionGate(version.metrics, deploymentOf(ctx).gatePolicy);
  if (!verdict.pass) {
    const error = { code: 'gate_failed', entity, reasons: verdict.reasons } as const;
    return { result: err(error), action: 'E', entity };
  }
  const moved = moveVersion(ctx, version, 'validated', ctx.actor.userId, 'passed the gate');
  return { result: ok(moved), action: 'E', entity };
}

/** Sets the promotion gate's thresholds (an admin's decision, never the engineer's own). */
export function setGatePolicy(
  ctx: ActorContext,
  cmd: CommandOf<'setGatePolicy'>,
): Handled<ModelDeployment> {
  const gatePolicy = {
    maxEmergencyUnderTriage: cmd.maxEmergencyUnderTriage,
    minEmergencyExamples: cmd.minEmergencyExamples,
  };
  const deployment = putDeployment(ctx, { ...deploymentOf(ctx), gatePolicy });
  return { result: ok(deployment), action: 'U', entity: `Deployment/${TRIAGE_MODEL}` };
}
