import type { CommandOf } from '../domain/command.js';
import type { CommandError } from '../domain/commandError.js';
import { err, ok, type Result } from '../domain/result.js';
import type { ActorContext } from '../kernel/CommandContext.js';
import type { Handled } from '../kernel/Handled.js';
import type { TriageModelArtifact } from '../ml/triageModelArtifact.js';
import type { ReleaseEvaluation } from '../release/ReleaseEvaluation.js';
import { type GatePolicy, releaseGate } from '../release/releaseGate.js';
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
    release: null,
    history: [
      { from: null, to: 'registered', at: ctx.now, by: ctx.actor.userId, reason: 'registered' },
    ],
  };
  ctx.store.insertModelVersion(version);
  return { result: ok(version), action: 'C', entity };
}

/**
 * Runs the release gate on a registered version: measured beside production on the reference
 * set (before the transaction), it passes into validation with its figures kept, or is refused
 * with the gate's reasons and stays registered.
 */
export function validateModel(
  ctx: ActorContext,
  cmd: CommandOf<'validateModel'>,
  release: ReleaseEvaluation | null,
): Handled<ModelVersion> {
  const entity = `ModelVersion/${cmd.version}`;
  const refuse = (error: CommandError): Handled<ModelVersion> => ({
    result: err(error),
    action: 'E',
    entity,
  });
  const version = ctx.store.getModelVersion(cmd.version);
  if (!version) return refuse({ code: 'not_found', entity });
  if (version.state !== 'registered')
    return refuse({ code: 'invalid_state', entity, status: version.state });
  const deployment = deploymentOf(ctx);
  // Why refuse rather than pass: a version judged against another production, or not judged
  // at all (its artifact gone), has no verdict that holds now.
  if (release === null || release.against !== deployment.production)
    return refuse({ code: 'invalid_state', entity, status: 'unmeasured' });
  const verdict = releaseGate(release, deployment.gatePolicy);
  if (!verdict.pass) return refuse({ code: 'gate_failed', entity, reasons: verdict.reasons });
  const judged = { ...version, release: { ...release, policy: deployment.gatePolicy } };
  const moved = moveVersion(ctx, judged, 'validated', ctx.actor.userId, 'passed the gate');
  return { result: ok(moved), action: 'E', entity };
}

/** Sets the release gate's thresholds (an admin's decision, never the engineer's own). */
export function setGatePolicy(
  ctx: ActorContext,
  cmd: CommandOf<'setGatePolicy'>,
): Handled<ModelDeployment> {
  const gatePolicy: GatePolicy = {
    maxOverTriage: cmd.maxOverTriage,
    maxNegativeFlips: cmd.maxNegativeFlips,
    maxRecallDrop: cmd.maxRecallDrop,
    maxSelfCare: cmd.maxSelfCare,
    minEmergencies: cmd.minEmergencies,
  };
  const deployment = putDeployment(ctx, { ...deploymentOf(ctx), gatePolicy });
  return { result: ok(deployment), action: 'U', entity: `Deployment/${TRIAGE_MODEL}` };
}
