import { createHash } from 'node:crypto';
import { canonicalJson } from '../audit/canonicalJson.js';
import { ARTIFACT_VERSION_PREFIX, type TriageModelArtifact } from './triageModelArtifact.js';

/** The version an artifact's content earns: the first 12 hex digits of its sha256, prefixed. */
export function artifactVersion(content: Omit<TriageModelArtifact, 'version'>): string {
  // Why canonical JSON: key order must not change the hash of an equal artifact.
  const digest = createHash('sha256').update(canonicalJson(content)).digest('hex');
  return `${ARTIFACT_VERSION_PREFIX}${digest.slice(0, 12)}`;
}
