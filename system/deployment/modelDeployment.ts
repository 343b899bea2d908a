import { z } from 'zod';
import { GatePolicy } from '../release/releaseGate.js';
import { ModelVersionId } from './modelVersion.js';

/** The one model this system deploys: the triage classifier. */
export const TRIAGE_MODEL = 'triage';

/**
 * What serves a model's traffic: its production version (null before the first promotion,
 * when the rules-only baseline serves), the previous productions a rollback restores (most
 * recent last), and the active rollout (a version in staging, or one in canary with its
 * weight). Production takes the traffic the canary does not.
 */
export const ModelDeployment = z.object({
  model: z.string().min(1),
  production: ModelVersionId.nullable(),
  previous: z.array(ModelVersionId),
  staging: ModelVersionId.nullable(),
  canary: ModelVersionId.nullable(),
  canaryWeight: z.int().min(0).max(100),
  canaryStartedAt: z.int().nullable(),
  gatePolicy: GatePolicy,
  updatedAt: z.int(),
});
export type ModelDeployment = z.infer<typeof ModelDeployment>;
