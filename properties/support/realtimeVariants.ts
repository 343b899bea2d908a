import type { Store } from '../../system/index.js';

/**
 * Deliberately broken outboxes, each a wrapper of the store, that the real-time property must
 * catch. Each names the invariant it breaks.
 */
export const REALTIME_VARIANTS: Record<string, (store: Store) => Store> = {
  /** Invariant 16: reading after a position starts at that position, not the one after it. */
  'replay-from-acked': (store) => ({
    ...store,
    notificationsAfter: (recipient, afterSeq, limit) =>
      store.notificationsAfter(recipient, Math.max(0, afterSeq - 1), limit),
  }),
  /**
   * Invariant 15: notifications are written after the command's transaction, in one of their
   * own, so they survive when the change they announce rolls back.
   */
  'outbox-outside-transaction': (store) => {
    let pending: Array<Parameters<Store['appendNotification']>> = [];
    let depth = 0;
    return {
      ...store,
      appendNotification: (...args) => {
        pending.push(args);
        return 0;
      },
      transaction: (fn) => {
        depth++;
        try {
          return store.transaction(fn);
        } finally {
          depth--;
          if (depth === 0 && pending.length > 0) {
            const writes = pending;
            pending = [];
            store.transaction(() => {
              for (const args of writes) store.appendNotification(...args);
            });
          }
        }
      },
    };
  },
};
