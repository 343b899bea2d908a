import type { Store } from '../../system/index.js';
import type { Stopwatch } from './Stopwatch.js';

/** What a timed transaction reports: its whole time, and its COMMIT step's, in milliseconds. */
export type TransactionObserver = (ms: number, commitMs: number) => void;

/**
 * The store with every outermost transaction that commits timed on the stopwatch: its whole
 * time, and the COMMIT step on its own (from the body's return to COMMIT's), which is where
 * the fsync is under synchronous=FULL. Nested transactions are savepoints of the outer one
 * and are not counted; one that throws rolled back and is not counted either.
 * WARNING: only `transaction` is timed; the other methods are the store's own.
 */
export function timedStore<S extends Store>(
  store: S,
  stopwatch: Stopwatch,
  observe: TransactionObserver,
): S {
  let depth = 0;
  const transaction: Store['transaction'] = (fn) => {
    if (depth > 0) return store.transaction(fn);
    const started = stopwatch.now();
    let bodyDone = started;
    const result = store.transaction(() => {
      depth++;
      try {
        const value = fn();
        bodyDone = stopwatch.now();
        return value;
      } finally {
        depth--;
      }
    });
    const committed = stopwatch.now();
    observe(committed - started, committed - bodyDone);
    return result;
  };
  return { ...store, transaction };
}
