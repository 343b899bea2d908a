import type { ArtifactProblem } from '../deployment/ArtifactStore.js';
import type { Result } from '../domain/result.js';
import type { UserId } from '../domain/user.js';
import type { Throttled } from '../identity/SignInGuard.js';
import type { TriageModelArtifact } from '../ml/triageModelArtifact.js';
import type { ReleaseEvaluation } from '../release/ReleaseEvaluation.js';
import type { Triage } from '../triage/assessMessage.js';

/** Work done before a command's transaction (slow, side-effect free), handed to its handler. */
export interface Prepared {
  triage: Triage | null;
  /** Advice owed to the patient if the message is refused (its text shows a red flag). */
  emergencyAdvice: string | null;
  /**
   * The new password's hash, for sign-up and staff creation; null when the command was found
   * to be refused before hashing (its handler refuses it again).
   */
  passwordHash: string | null;
  /** For the first admin: whether the command carries the system's bootstrap token. */
  bootstrapTokenValid: boolean;
  /** Refused before any hash by the sign-in guard: rate limited, or the account locked. */
  throttled: Throttled | null;
  /** For sign-in: the user whose password matched, if any. */
  verifiedUserId: UserId | null;
  /** For model registration: the artifact, loaded and verified against its version. */
  artifact: Result<TriageModelArtifact, ArtifactProblem> | null;
  /** For validation: the version beside production on the reference set (null: not measured). */
  release: ReleaseEvaluation | null;
}
