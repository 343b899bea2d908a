/// <reference lib="dom" />

/**
 * The server's time, as its answers tell it: each HTTP answer's `Date` header bounds the
 * server's clock from below (to the second), and the best bound so far, carried forward by the
 * browser's monotonic clock, estimates it. Why not `Date.now()`: countdowns compare with
 * deadlines the server stored, and a browser's clock may be minutes off.
 */
export class ServerClock {
  /** Server time minus browser monotonic time; null until the first answer. */
  #offset: number | null = null;
  readonly #monotonic: () => number;

  constructor(monotonic: () => number = () => performance.timeOrigin + performance.now()) {
    this.#monotonic = monotonic;
  }

  /** Takes in a `Date` header (or a server timestamp in ms) seen just now. */
  observe(serverTime: string | number | null): void {
    const ms = typeof serverTime === 'string' ? Date.parse(serverTime) : serverTime;
    if (ms === null || !Number.isFinite(ms)) return;
    const offset = ms - this.#monotonic();
    // Why the largest: a header truncated to the second and a late arrival both read early.
    if (this.#offset === null || offset > this.#offset) this.#offset = offset;
  }

  /** Whether any answer has been seen. */
  get known(): boolean {
    return this.#offset !== null;
  }

  /** The server's time now, estimated (the monotonic clock alone before any answer). */
  now(): number {
    return this.#monotonic() + (this.#offset ?? 0);
  }
}
