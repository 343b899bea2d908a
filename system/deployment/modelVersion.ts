import { z } from 'zod';
import { ModelMetrics } from '../ml/modelMetrics.js';
import { ReleaseEvaluation } from '../release/ReleaseEvaluation.js';
import { GatePolicy } from '../release/releaseGate.js';

/** A model version's name: its artifact's content hash, e.g. `lr-0642810fa94f`. */
export const ModelVersionId = z.string().regex(/^[a-z]{1,8}-[0-9a-f]{12}$/);
export type ModelVersionId = z.infer<typeof ModelVersionId>;

/**
 * Where a version is in its lifecycle: registered -> validated (only through the promotion
 * gate) -> staging -> canary -> production -> archived; a rollout may end aborted, and a
 * production version may be rolled back (its predecessor, archived, is restored).
 */
export const VersionState = z.enum([
  'registered',
  'validated',
  'staging',
  'canary',
  'production',
  'archived',
  'aborted',
  'rolled_back',
]);
export type VersionState = z.infer<typeof VersionState>;

/** One move of a version, kept so its whole history can be read back. */
export const VersionChange = z.object({
  from: VersionState.nullable(),
  to: VersionState,
  at: z.int(),
  /** The user who moved it, or `system` (the canary analysis, a timer). */
  by: z.string().min(1),
  reason: z.string().min(1),
});
export type VersionChange = z.infer<typeof VersionChange>;

/** A version in the registry, with the metrics it was registered with and its history. */
export const ModelVersion = z.object({
  version: ModelVersionId,
  model: z.string().min(1),
  state: VersionState,
  metrics: ModelMetrics,
  labelCorruption: z.number().min(0).max(1),
  registeredAt: z.int(),
  history: z.array(VersionChange).min(1),
  /** How it did beside production on the reference set when it passed the gate, and the policy. */
  release: ReleaseEvaluation.extend({ policy: GatePolicy }).nullable().default(null),
});
export type ModelVersion = z.infer<typeof ModelVersion>;
