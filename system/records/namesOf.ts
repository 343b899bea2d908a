import type { Store } from '../store/Store.js';

/** People's names by user id, so that no page has to show an id for a person. */
export type Names = Record<string, string>;

/**
 * The display name of every user among `ids` (patients and staff alike); an id no user has is
 * left out, and nulls are skipped.
 */
export function namesOf(store: Store, ids: Iterable<string | null>): Names {
  const names: Names = {};
  for (const id of ids) {
    if (id === null || Object.hasOwn(names, id)) continue;
    const user = store.getUser(id as never);
    if (user) names[id] = user.displayName;
  }
  return names;
}
