import { closeSync, fsync, fsyncSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SqliteStore } from '../system/index.js';
import type { Stopwatch } from './metrics/Stopwatch.js';

/** Makes commits durable in groups: one fsync for every transaction committed before it. */
export interface GroupCommit {
  /**
   * Resolves once every transaction committed before the call is on disk; rejects if the
   * fsync fails (broken infrastructure: the caller must not acknowledge anything then).
   */
  durable(): Promise<void>;
  /** How many fsyncs ran, and how many `durable()` calls they answered. */
  stats(): { fsyncs: number; waits: number };
  /** Closes the WAL's file descriptor; call after the store is closed. */
  close(): void;
}

/**
 * Group commit for a SQLite file database in WAL mode: switches the connection to
 * `synchronous=NORMAL` (a commit is written to the WAL but not fsynced, which survives a
 * process crash but not a power loss), and makes commits durable by fsyncing the WAL file
 * itself, one fsync shared by every commit made before it started. SQLite fsyncs the WAL
 * before each checkpoint and the database after it in NORMAL mode, so a commit that a
 * checkpoint moved on is durable too.
 * WARNING: only an answer that waited for `durable()` is durable; anything read from the
 * database before (a push of the outbox, for instance) may still be lost in a power loss.
 */
export function walGroupCommit(
  store: SqliteStore,
  path: string,
  timed?: { stopwatch: Stopwatch; onFsync: (ms: number) => void },
): GroupCommit {
  if (path === ':memory:') throw new Error('group commit needs a file database');
  store.db.pragma('synchronous = NORMAL');
  // Why a read: the WAL exists once the connection has read the database (WAL mode).
  store.db.prepare('SELECT count(*) FROM sqlite_schema').get();
  const fd = openSync(`${path}-wal`, 'r');
  // Why the folder too: the WAL's own directory entry must survive a power loss.
  const folder = openSync(dirname(path), 'r');
  fsyncSync(folder);
  closeSync(folder);
  let running: Promise<void> | null = null;
  let next: Promise<void> | null = null;
  let fsyncs = 0;
  let waits = 0;
  const run = (): Promise<void> => {
    fsyncs++;
    const started = timed?.stopwatch.now() ?? 0;
    const done = new Promise<void>((resolve, reject) =>
      fsync(fd, (error) => {
        if (error) return reject(error);
        timed?.onFsync(timed.stopwatch.now() - started);
        resolve();
      }),
    ).finally(() => {
      if (running === done) running = null;
    });
    running = done;
    return done;
  };
  return {
    durable() {
      waits++;
      // Why not the running fsync: it may have started before this caller's commit.
      if (next !== null) return next;
      if (running === null) return run();
      next = running
        .catch(() => undefined)
        .then(() => {
          next = null;
          return run();
        });
      return next;
    },
    stats: () => ({ fsyncs, waits }),
    close: () => closeSync(fd),
  };
}
