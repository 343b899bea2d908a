import type { ModelPrediction, ModelServer } from '../ports/ModelServer.js';
import { predict } from './predict.js';
import type { TriageModelArtifact } from './triageModelArtifact.js';

/** A `ModelServer` that answers from a trained artifact, reporting the artifact's version. */
export function artifactModelServer(artifact: TriageModelArtifact): ModelServer {
  return {
    async predict({ text }): Promise<ModelPrediction> {
      return { ...predict(artifact, text), version: artifact.version };
    },
  };
}
