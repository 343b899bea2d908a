import type { Clock } from '../ports/Clock.js';
import type { Ids } from '../ports/Ids.js';
import type { Store } from '../store/Store.js';

/** What a command handler may use: the ports, and the one instant the command happens at. */
export interface CommandContext {
  store: Store;
  ids: Ids;
  clock: Clock;
  /** Read once per command, so every record a command writes carries the same time. */
  now: number;
}
