import {
  createSystem,
  NO_SIGN_IN_LIMITS,
  openSqliteStore,
  type SqliteStore,
  type System,
  type SystemOptions,
  seededIds,
  VirtualClock,
} from '../system/index.js';
import { commitSignal } from './commitSignal.js';
import { ManualTimer } from './ManualTimer.js';
import { type RunningServer, type ServerOptions, startServer } from './startServer.js';

/** The bootstrap token of a test server's system (and of the properties' systems). */
export const TEST_BOOTSTRAP_TOKEN = 'test-bootstrap-token';

/** A server over a fresh deterministic system, with its clock and heartbeat in hand. */
export interface TestServer {
  server: RunningServer;
  system: System;
  store: SqliteStore;
  clock: VirtualClock;
  heartbeat: ManualTimer;
  /** Closes the server, then the store. */
  close(): Promise<void>;
}

/**
 * Starts a server on a free port of 127.0.0.1 over a `:memory:` system with a virtual clock,
 * seeded ids, cheap password hashing, no sign-in limits, `TEST_BOOTSTRAP_TOKEN` and a
 * heartbeat fired by hand (a test of the limits passes its own `config`):
 * for tests and benchmarks.
 * `serving` overrides what the hub does (its page size).
 * WARNING: its password cost is for tests only.
 */
export async function startTestServer(
  options: Partial<SystemOptions> = {},
  serving: Pick<ServerOptions, 'pageSize'> = {},
): Promise<TestServer> {
  const store = openSqliteStore(':memory:');
  const clock = new VirtualClock();
  const commits = commitSignal();
  const system = createSystem({
    store,
    clock,
    ids: seededIds(7),
    config: {
      passwordCost: { N: 16, r: 1, p: 1 },
      sessionTtlMs: 86_400_000,
      signInLimits: NO_SIGN_IN_LIMITS,
    },
    bootstrapToken: TEST_BOOTSTRAP_TOKEN,
    ...options,
    onCommit: commits.onCommit,
  });
  const heartbeat = new ManualTimer();
  const server = await startServer({
    system,
    commits,
    heartbeat: { timer: heartbeat },
    closeGraceMs: 0,
    ...serving,
  });
  return {
    server,
    system,
    store,
    clock,
    heartbeat,
    async close() {
      await server.close();
      store.close();
    },
  };
}
