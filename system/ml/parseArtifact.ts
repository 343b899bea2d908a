import { err, ok, type Result } from '../domain/result.js';
import { artifactVersion } from './artifactVersion.js';
import { TriageModelArtifact } from './triageModelArtifact.js';

/**
 * Reads a stored artifact (already JSON-parsed) and checks that its version is the hash of its
 * content, so an edited or truncated artifact is refused rather than served under a false name.
 */
export function parseArtifact(raw: unknown): Result<TriageModelArtifact, string> {
  const parsed = TriageModelArtifact.safeParse(raw);
  if (!parsed.success) return err(`not a triage model artifact: ${parsed.error.message}`);
  const { version, ...content } = parsed.data;
  const expected = artifactVersion(content);
  if (version !== expected) {
    return err(`artifact claims version ${version} but its content hashes to ${expected}`);
  }
  return ok(parsed.data);
}
