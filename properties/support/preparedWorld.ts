import type { SqliteStore } from '../../system/index.js';

/**
 * Runs `setUp` once on an emptied store, then, before every later run, restores the store to
 * the state it left: a run starts from users signed up and sessions open in microseconds
 * instead of a dozen commands. The setup's value (sessions, ids) is reused by every run.
 * WARNING: the runs must not update rows the setup created (see `SqliteStore.checkpoint`).
 */
export function preparedWorld<T>(sqlite: SqliteStore, setUp: () => Promise<T>): () => Promise<T> {
  let prepared: { value: T; restore: () => void } | null = null;
  return async () => {
    if (prepared) {
      prepared.restore();
      return prepared.value;
    }
    sqlite.truncateAll();
    const value = await setUp();
    prepared = { value, restore: sqlite.checkpoint() };
    return value;
  };
}
