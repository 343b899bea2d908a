import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REALTIME_RETENTION } from '../../models/realtimeStep.js';
import { commitSignal } from '../../server/commitSignal.js';
import { ManualTimer } from '../../server/ManualTimer.js';
import { type RunningServer, startServer } from '../../server/startServer.js';
import { startTicking } from '../../server/startTicking.js';
import {
  createSystem,
  openSqliteStore,
  type SqliteStore,
  type Store,
  type System,
  seededIds,
  VirtualClock,
} from '../../system/index.js';
import { FaultyStore } from './FaultyStore.js';
import { TEST_BOOTSTRAP_TOKEN, TEST_PASSWORD_COST } from './signUp.js';

// Why /dev/shm when there is one: a restart reopens a real database file, without the fsyncs.
const SCRATCH = process.platform === 'linux' ? '/dev/shm' : tmpdir();

/**
 * The server side of a real-time run: a system on a database file behind a store fault
 * injector (and a broken variant, if asked), served on a free port, with its timers fired by
 * hand. `restart` closes everything and reopens the same file on a new port, as a process
 * restart would; the clock goes on.
 */
export class RealtimeServer {
  readonly clock = new VirtualClock();
  readonly ticks = new ManualTimer();
  readonly heartbeat = new ManualTimer();
  #dir = '';
  #sqlite!: SqliteStore;
  #faulty!: FaultyStore;
  #system!: System;
  #server!: RunningServer;
  #stopTicking: () => void = () => undefined;
  #boots = 0;

  constructor(private readonly variant?: (store: Store) => Store) {}

  get system(): System {
    return this.#system;
  }
  get faulty(): FaultyStore {
    return this.#faulty;
  }
  get server(): RunningServer {
    return this.#server;
  }

  async start(): Promise<void> {
    this.#dir = mkdtempSync(join(SCRATCH, 'medassist-rt-'));
    await this.#boot();
  }

  async restart(): Promise<void> {
    await this.#halt();
    await this.#boot();
  }

  async close(): Promise<void> {
    if (this.#boots > 0) await this.#halt();
    rmSync(this.#dir, { recursive: true, force: true });
  }

  async #boot(): Promise<void> {
    this.#sqlite = openSqliteStore(join(this.#dir, 'medassist.db'));
    this.#faulty = new FaultyStore(this.variant ? this.variant(this.#sqlite) : this.#sqlite);
    const commits = commitSignal();
    this.#system = createSystem({
      store: this.#faulty.store,
      clock: this.clock,
      // Why a new seed per boot: ids must not repeat those the database already holds.
      ids: seededIds(100 + this.#boots++),
      config: { passwordCost: TEST_PASSWORD_COST, sessionTtlMs: 365 * 86_400_000 },
      retention: REALTIME_RETENTION,
      bootstrapToken: TEST_BOOTSTRAP_TOKEN,
      onCommit: commits.onCommit,
    });
    this.#server = await startServer({
      system: this.#system,
      commits,
      heartbeat: { timer: this.heartbeat },
      closeGraceMs: 0,
      // Why pages of 3: a backlog after a partition then spans pages, so resuming must page
      // through all of it (with the default of 500 no trace ever builds a second page).
      pageSize: 3,
    });
    this.#stopTicking = startTicking(this.#system, this.ticks);
  }

  async #halt(): Promise<void> {
    this.#stopTicking();
    await this.#server.close();
    this.#sqlite.close();
  }
}
