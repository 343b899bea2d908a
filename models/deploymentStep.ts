import { z } from 'zod';
import { StepText } from './conversationStep.js';

/**
 * The artifacts of the deployment world: two shipped in `artifacts/` (a good one, and one
 * trained on 40% corrupted labels) and two trained in the run: a retrained one that passes the
 * gate, and one from tiny data that does not.
 */
export const ArtifactName = z.enum(['good', 'corrupted', 'retrained', 'tiny']);
export type ArtifactName = z.infer<typeof ArtifactName>;

/** The artifacts that exist only once a step has trained them. */
export const TrainedArtifact = z.enum(['retrained', 'tiny']);
export type TrainedArtifact = z.infer<typeof TrainedArtifact>;

/** What an injected model fault does to the next calls that reach a model server. */
export const ModelFaultKind = z.enum(['timeout', 'error', 'slow', 'malformed']);
export type ModelFaultKind = z.infer<typeof ModelFaultKind>;

/** What an injected flag fault does to every flag read until the next one: none heals it. */
export const FlagFaultKind = z.enum(['none', 'throw', 'garbage']);
export type FlagFaultKind = z.infer<typeof FlagFaultKind>;

/** The gate policy an admin sets: the default, or one that lets anything through. */
export const GateName = z.enum(['strict', 'lax']);
export type GateName = z.infer<typeof GateName>;

const index = z.int().min(0);
const onVersion = <T extends string>(type: T) =>
  z.object({ type: z.literal(type), version: index });

/**
 * One step of a deployment-world trace. Versions are named by the order they were registered
 * in (v0, v1), patients by their roster index, never by system ids, so a stored trace replays
 * on a new system.
 */
export const DeploymentStep = z.discriminatedUnion('type', [
  z.object({ type: z.literal('TRAIN'), artifact: TrainedArtifact }),
  z.object({ type: z.literal('REGISTER'), artifact: ArtifactName }),
  onVersion('VALIDATE'),
  onVersion('STAGE'),
  onVersion('START_CANARY'),
  onVersion('INCREASE'),
  onVersion('PROMOTE'),
  onVersion('ABORT'),
  onVersion('ROLLBACK'),
  z.object({ type: z.literal('SET_GATE'), policy: GateName }),
  z.object({
    type: z.literal('SET_FLAG'),
    enabled: z.boolean(),
    variant: z.enum(['rules-only', 'model']),
  }),
  z.object({ type: z.literal('SEND'), patient: index, text: StepText }),
  z.object({ type: z.literal('MODEL_FAULT'), kind: ModelFaultKind, calls: z.int().min(1).max(9) }),
  z.object({ type: z.literal('FLAG_FAULT'), kind: FlagFaultKind }),
  z.object({ type: z.literal('ADVANCE_CLOCK'), ms: z.int().min(0) }),
  // The system's process is replaced: what it held in memory is gone, the database stays.
  z.object({ type: z.literal('RESTART') }),
]);
export type DeploymentStep = z.infer<typeof DeploymentStep>;

/** The steps that move a version through its lifecycle. */
export type LifecycleStep = Extract<DeploymentStep, { version: number }>;
