import type { Store } from '../../system/index.js';

/** Caches reads of one kind forever: the classic stale-read bug that lets two writers both win. */
function staleReads<K extends 'getCase' | 'getConversation' | 'getEscalation'>(
  store: Store,
  method: K,
): Store {
  const cache = new Map<string, unknown>();
  const read = store[method] as (id: string) => unknown;
  return {
    ...store,
    [method]: (id: string) => {
      if (!cache.has(id)) cache.set(id, read(id));
      return cache.get(id);
    },
  };
}

/** Deliberately broken stores the concurrency property must catch. */
export const RACE_VARIANTS: Record<string, (store: Store) => Store> = {
  /** Two nurses' concurrent decisions both see the case undecided, and both win. */
  'stale-case-reads': (store) => staleReads(store, 'getCase'),
  /** A message triaged while its conversation closed still sees it open. */
  'stale-conversation-reads': (store) => staleReads(store, 'getConversation'),
  /** Two concurrent acknowledgements both see the escalation open. */
  'stale-escalation-reads': (store) => staleReads(store, 'getEscalation'),
};
