import type { Store } from '../store/Store.js';
import { ageOf } from './ageOf.js';

/** Patients' ages in years by patient id, for those who gave a date of birth. */
export type Ages = Record<string, number>;

/** The age on `now` of every patient among `ids` who gave a date of birth. */
export function agesOf(store: Store, ids: Iterable<string>, now: number): Ages {
  const ages: Ages = {};
  for (const id of ids) {
    if (Object.hasOwn(ages, id)) continue;
    const birthDate = store.getPatient(id as never)?.birthDate;
    if (birthDate) ages[id] = ageOf(birthDate, now);
  }
  return ages;
}
