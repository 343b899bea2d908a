import { z } from 'zod';
import { ModelVersionId } from '../../deployment/modelVersion.js';
import { TRIAGE_FLAG, TriageVariant } from '../../flags/triageFlag.js';
import { GatePolicy } from '../../release/releaseGate.js';
import { authenticated, Reason } from './envelope.js';

const versionCommand = <T extends string>(type: T) =>
  z.object({ type: z.literal(type), version: ModelVersionId, ...authenticated });

/** Registers a version held in the artifact store; its metrics come from the artifact. */
export const RegisterModel = versionCommand('registerModel');

/** Runs the promotion gate on a registered version. */
export const ValidateModel = versionCommand('validateModel');

/** Stages a validated version (one rollout at a time). */
export const StageModel = versionCommand('stageModel');

/** Starts a staged version's canary at the first weight step. */
export const StartCanary = versionCommand('startCanary');

/** Raises a canary to its next weight step. */
export const AdvanceCanary = versionCommand('advanceCanary');

/** Makes a canary the production version; the old production is archived. */
export const PromoteModel = versionCommand('promoteModel');

/** Stops a staged or canary rollout; production is untouched. */
export const AbortRollout = versionCommand('abortRollout').extend({ reason: Reason });

/** Rolls the production version back to the one it replaced. */
export const RollbackModel = versionCommand('rollbackModel').extend({ reason: Reason });

/** Reads the registry, traffic weights, breakers, alerts and the triage flag. */
export const ReadDeployment = z.object({ type: z.literal('readDeployment'), ...authenticated });

/** Sets the triage flag: whether trained models triage at all. */
export const SetFlag = z.object({
  type: z.literal('setFlag'),
  key: z.literal(TRIAGE_FLAG),
  enabled: z.boolean(),
  variant: TriageVariant,
  ...authenticated,
});

/** Sets the promotion gate's thresholds. */
export const SetGatePolicy = z.object({
  type: z.literal('setGatePolicy'),
  ...GatePolicy.shape,
  ...authenticated,
});
