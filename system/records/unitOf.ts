import { DEFAULT_UNIT, type Unit } from '../domain/unit.js';
import type { Store } from '../store/Store.js';

/** The unit a user works in or belongs to; `general` for an id no user has. */
export function unitOf(store: Store, userId: string): Unit {
  return store.getUser(userId as never)?.unit ?? DEFAULT_UNIT;
}
