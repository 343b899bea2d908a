import type { Ids } from './Ids.js';

/**
 * Ids from a seeded generator (splitmix32), so that the same seed gives the same ids.
 * A counter in the low bits keeps them unique even if the generator ever repeats.
 */
export function seededIds(seed: number): Ids {
  let state = seed >>> 0;
  let counter = 0;
  const next32 = (): number => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  return {
    next(prefix) {
      counter++;
      return `${prefix}_${next32().toString(36).padStart(7, '0')}${counter.toString(36)}`;
    },
  };
}
