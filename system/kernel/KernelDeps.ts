import type { Policy } from '../access/policy.js';
import type { ArtifactStore } from '../deployment/ArtifactStore.js';
import type { PasswordHasher } from '../identity/passwordHash.js';
import type { SignInGuard } from '../identity/SignInGuard.js';
import type { Clock } from '../ports/Clock.js';
import type { Ids } from '../ports/Ids.js';
import type { ReferenceSet } from '../release/ReferenceSet.js';
import type { Store } from '../store/Store.js';
import type { TriageDeps } from '../triage/assessMessage.js';
import type { SystemConfig } from './SystemConfig.js';

/** The ports and rules a command runs against. */
export interface KernelDeps {
  store: Store;
  ids: Ids;
  clock: Clock;
  config: SystemConfig;
  policy: Policy;
  triage: TriageDeps;
  /** Where registered versions' artifacts are loaded from. */
  artifacts: ArtifactStore;
  /** What a version is judged on before it leaves validation. */
  referenceSet: () => ReferenceSet;
  /** The SHA-256 of the one-time token `bootstrapAdmin` must carry; null: no bootstrap. */
  bootstrapTokenHash: Buffer | null;
  /** Rate limits and lockout of sign-in, sign-up and bootstrap (in memory, on `clock`). */
  guard: SignInGuard;
  passwords: PasswordHasher;
}

/** Where a command came from, as the transport knows it (nothing in-process). */
export interface RequestSource {
  /** The client's address (HTTP: the socket's remote address). */
  peer?: string;
}
