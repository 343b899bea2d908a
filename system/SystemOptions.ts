import type { Policy } from './access/policy.js';
import type { PasswordHasher } from './identity/passwordHash.js';
import type { SystemConfig } from './kernel/SystemConfig.js';
import type { Clock } from './ports/Clock.js';
import type { Ids } from './ports/Ids.js';
import type { ModelServer } from './ports/ModelServer.js';
import type { DeploymentOptions } from './serving/createServing.js';
import type { RetentionPolicy, Store } from './store/Store.js';
import type { RedFlagRule } from './triage/redFlagRules.js';

/** How to build a system; every port has a deterministic default. */
export interface SystemOptions {
  /** Defaults to a fresh `:memory:` SQLite store. */
  store?: Store;
  clock?: Clock;
  /** Defaults to ids seeded with `seed`. */
  ids?: Ids;
  seed?: number;
  modelServer?: ModelServer;
  /** The safety rules; replaceable only so tests can prove a weakened rule set is caught. */
  redFlagRules?: readonly RedFlagRule[];
  /** The role x action matrix; replaceable only so tests can prove a widened one is caught. */
  policy?: Policy;
  /** Tunable rules (SLAs, session length, password hashing cost); defaults for production. */
  config?: Partial<SystemConfig>;
  /**
   * Called after a command's transaction commits, with the recipients it may have notified
   * (or whose session it ended): what a real-time server listens to. A hint, not the data:
   * read the outbox for that.
   * WARNING: must not throw; the command has committed by then.
   */
  onCommit?: (recipients: ReadonlySet<string>) => void;
  /** How long notifications are kept for delivery; see `DEFAULT_RETENTION`. */
  retention?: Partial<RetentionPolicy>;
  /** Where model versions come from, what runs them, where flags are read. */
  deployment?: DeploymentOptions;
  /**
   * The one-time token `bootstrapAdmin` must carry to create the first admin (`npm start`
   * makes one at random on a database without an admin). Without one, no bootstrap is taken:
   * nobody, in-process or over HTTP, can make themselves the first admin.
   */
  bootstrapToken?: string;
  /** Hashes and checks passwords; scrypt by default (replaceable so a test can count). */
  passwords?: PasswordHasher;
}
