import {
  createSystem,
  type Store,
  type SystemOptions,
  seededIds,
  VirtualClock,
} from '../../system/index.js';
import { TEST_BOOTSTRAP_TOKEN, TEST_PASSWORD_COST } from './signUp.js';

/**
 * A system for a property run: a virtual clock, ids seeded with `seed` (setup and runs use
 * different seeds so their ids never meet), cheap password hashing, the test bootstrap token, and sessions that last a
 * year so that clock steps do not end them (session expiry has its own property).
 */
export function testSystem(
  store: Store,
  seed: number,
  options: Omit<SystemOptions, 'store' | 'clock' | 'ids'> = {},
) {
  const clock = new VirtualClock();
  const system = createSystem({
    bootstrapToken: TEST_BOOTSTRAP_TOKEN,
    ...options,
    store,
    clock,
    ids: seededIds(seed),
    config: { passwordCost: TEST_PASSWORD_COST, sessionTtlMs: 365 * 86_400_000, ...options.config },
  });
  return { system, clock };
}
