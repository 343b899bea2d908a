import type { Clock } from './Clock.js';

/** The wall clock, for `npm start` only; tests and properties use a VirtualClock. */
export const systemClock: Clock = { now: () => Date.now() };
