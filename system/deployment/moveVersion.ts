import type { CommandContext } from '../kernel/CommandContext.js';
import { DEFAULT_GATE_POLICY } from '../release/releaseGate.js';
import { type ModelDeployment, TRIAGE_MODEL } from './modelDeployment.js';
import type { ModelVersion, VersionState } from './modelVersion.js';

/** Moves a version to a new state, appending the move to its history, and stores it. */
export function moveVersion(
  ctx: CommandContext,
  version: ModelVersion,
  to: VersionState,
  by: string,
  reason: string,
): ModelVersion {
  const moved: ModelVersion = {
    ...version,
    state: to,
    history: [...version.history, { from: version.state, to, at: ctx.now, by, reason }],
  };
  ctx.store.updateModelVersion(moved);
  return moved;
}

/** The triage model's deployment, or the empty one (nothing promoted, default gate) if none. */
export function deploymentOf(ctx: CommandContext): ModelDeployment {
  return (
    ctx.store.getDeployment(TRIAGE_MODEL) ?? {
      model: TRIAGE_MODEL,
      production: null,
      previous: [],
      staging: null,
      canary: null,
      canaryWeight: 0,
      canaryStartedAt: null,
      gatePolicy: { ...DEFAULT_GATE_POLICY },
      updatedAt: ctx.now,
    }
  );
}

/** Stores a deployment, stamped with the command's time. */
export function putDeployment(ctx: CommandContext, deployment: ModelDeployment): ModelDeployment {
  const stamped = { ...deployment, updatedAt: ctx.now };
  ctx.store.putDeployment(stamped);
  return stamped;
}
