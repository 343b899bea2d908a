import { commitSignal } from '../../server/commitSignal.js';
import { ManualTimer } from '../../server/ManualTimer.js';
import { type RunningServer, startServer } from '../../server/startServer.js';
import {
  type Clock,
  createSystem,
  cryptoIds,
  type Ids,
  openSqliteStore,
  type SqliteStore,
  type Store,
  type System,
  systemClock,
} from '../../system/index.js';
import { TEST_BOOTSTRAP_TOKEN, TEST_PASSWORD_COST } from './signUp.js';

/** How a browser test's server runs. */
export interface BrowserServerOptions {
  /** A database file, so that `restart` finds everything again; default `:memory:`. */
  dbFile?: string;
  /** Default: the wall clock, so what the pages count down is real time. */
  clock?: Clock;
  /** Default: unpredictable ids (a restarted system must not hand out the same ones). */
  ids?: Ids;
  /** Wraps the store, for a deliberately broken system. */
  wrapStore?: (store: Store) => Store;
}

/** A server the pages are loaded from, with its system in hand. */
export interface BrowserServer {
  readonly url: string;
  readonly port: number;
  readonly system: System;
  /** Closes the server and its store, then starts both again on the same file and port. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Starts the real server (API, WebSocket and pages) on 127.0.0.1 for a browser test, with
 * cheap password hashing and day-long sessions.
 * WARNING: `restart` keeps data only with a `dbFile`.
 */
export async function startBrowserServer(
  options: BrowserServerOptions = {},
): Promise<BrowserServer> {
  const dbFile = options.dbFile ?? ':memory:';
  let port = 0;
  const boot = async (): Promise<{ server: RunningServer; system: System; store: SqliteStore }> => {
    const store = openSqliteStore(dbFile);
    const commits = commitSignal();
    const system = createSystem({
      store: options.wrapStore ? options.wrapStore(store) : store,
      clock: options.clock ?? systemClock,
      ids: options.ids ?? cryptoIds(),
      config: { passwordCost: TEST_PASSWORD_COST, sessionTtlMs: 86_400_000 },
      bootstrapToken: TEST_BOOTSTRAP_TOKEN,
      onCommit: commits.onCommit,
    });
    const server = await startServer({
      system,
      commits,
      port,
      heartbeat: { timer: new ManualTimer() },
      closeGraceMs: 0,
    });
    port = server.port;
    return { server, system, store };
  };
  let running = await boot();
  const stop = async () => {
    await running.server.close();
    running.store.close();
  };
  return {
    get url() {
      return running.server.url;
    },
    get port() {
      return running.server.port;
    },
    get system() {
      return running.system;
    },
    async restart() {
      await stop();
      running = await boot();
    },
    close: stop,
  };
}
