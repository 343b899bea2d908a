import { artifactModelServer } from '../ml/artifactModelServer.js';
import type { TriageModelArtifact } from '../ml/triageModelArtifact.js';
import type { ModelServer } from '../ports/ModelServer.js';

/**
 * Runs artifacts: turns a verified artifact into the model server that answers for it (here
 * in-process; elsewhere a remote endpoint). Tests wrap it to inject model faults.
 */
export interface ModelHost {
  serve(artifact: TriageModelArtifact): ModelServer;
}

/** The in-process host: each artifact is scored by `predict` in this process. */
export const artifactModelHost: ModelHost = { serve: artifactModelServer };
