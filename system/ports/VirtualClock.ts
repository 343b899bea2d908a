import type { Clock } from './Clock.js';

/**
 * A clock that moves only when told to, for deterministic runs.
 * WARNING: it refuses to go back in time, as real audit time must never decrease.
 */
export class VirtualClock implements Clock {
  #now: number;

  constructor(start = Date.UTC(2026, 0, 1)) {
    this.#now = start;
  }

  now(): number {
    return this.#now;
  }

  /** Moves time forward by `ms` (>= 0). */
  advance(ms: number): void {
    if (!(ms >= 0)) throw new RangeError(`a clock never goes back (advance by ${ms})`);
    this.#now += ms;
  }
}
