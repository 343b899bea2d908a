import type { Rng } from '../createRng.js';
import { isBaby, type Person } from '../person.js';
import { NEGATION_LEADS } from '../pools/connectors.js';
import { NEGATIONS, type NegationKey } from './negationPools.js';

function keyFits(key: NegationKey, person: Person): boolean {
  if (key === 'pregnancyEarly' || key === 'pregnancyLate') return person.pregnant;
  if (key === 'baby') return isBaby(person);
  if (key === 'child') return person.stage === 'child' || isBaby(person);
  if (key === 'selfharm') return person.self;
  if (key === 'vitals') return person.stage === 'adult' || person.stage === 'older';
  return true;
}

/** A template denying one or two red flags from `keys` that make sense for this person. */
export function negationTail(
  keys: readonly NegationKey[],
  person: Person,
  rng: Rng,
): string | null {
  const usable = rng.shuffle(keys.filter((key) => keyFits(key, person)));
  if (usable.length === 0) return null;
  const count = usable.length > 1 && rng.chance(0.35) ? 2 : 1;
  const parts = usable.slice(0, count).map((key) => rng.pick(NEGATIONS[key]));
  const joiner = rng.pick([', ', '. ', ' and ', ', and ']);
  return rng.pick(NEGATION_LEADS) + parts.join(joiner);
}
