import type { Actor } from '../domain/user.js';
import type { Clock } from '../ports/Clock.js';
import type { Ids } from '../ports/Ids.js';
import type { Store } from '../store/Store.js';
import type { SystemConfig } from './SystemConfig.js';

/** What a command handler may use: the ports, its actor, and the one instant it happens at. */
export interface CommandContext {
  store: Store;
  ids: Ids;
  clock: Clock;
  config: SystemConfig;
  /** Read once per command, so every record a command writes carries the same time. */
  now: number;
}

/** The context of a command run by a signed-in user. */
export interface ActorContext extends CommandContext {
  actor: Actor;
}
