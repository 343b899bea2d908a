import type { Result } from '../domain/result.js';
import type { TriageModelArtifact } from '../ml/triageModelArtifact.js';

/**
 * Where trained artifacts live, by version (a folder, a bucket, a training run's output). The
 * registry names a version; the store hands back the artifact, verified against its version.
 */
export interface ArtifactStore {
  /** The verified artifact of a version, or why there is none. */
  load(version: string): Result<TriageModelArtifact, ArtifactProblem>;
}

/** Why an artifact could not be loaded. */
export type ArtifactProblem = { kind: 'missing' } | { kind: 'unverified'; detail: string };
