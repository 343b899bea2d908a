import type { SqliteStore, Store } from '../../system/index.js';

/**
 * Deliberately broken stores the fault property must catch. Each wraps the SQLite store under
 * the fault injector, so an injected fault meets the broken behaviour.
 */
export const FAULT_VARIANTS: Record<string, (store: SqliteStore) => Store> = {
  /**
   * Invariant 20: audit events are appended in a transaction of their own, so they survive
   * when the change they describe fails.
   */
  'audit-in-second-transaction': (store) => {
    let pending: Parameters<Store['appendAudit']>[0][] = [];
    let depth = 0;
    return {
      ...store,
      appendAudit: (event) => {
        pending.push(event);
        store.appendAudit(event);
      },
      transaction: (fn) => {
        if (depth === 0) pending = [];
        depth++;
        try {
          return store.transaction(fn);
        } catch (e) {
          if (depth === 1 && pending.length > 0) {
            const survivors = pending;
            store.transaction(() => {
              for (const event of survivors) store.appendAudit(event);
            });
          }
          throw e;
        } finally {
          depth--;
        }
      },
    };
  },
  /** Invariant 21: the idempotency record is never kept, so a retry runs the command again. */
  'idempotency-record-lost': (store) => ({ ...store, putIdempotent: () => undefined }),
};
