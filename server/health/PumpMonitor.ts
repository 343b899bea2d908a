import type { Clock } from '../../system/index.js';

/** Whether the scheduler that fires timers and prunes the outbox is running. */
export type PumpState = 'running' | 'stale' | 'stopped';

/**
 * Watches the outbox pump (the scheduler's ticks): running while a tick finished within
 * `staleAfterMs` on the clock, stale after, stopped once told so. Why a clock and not a timer:
 * readiness is judged when asked, so a test moves the clock and asks.
 */
export class PumpMonitor {
  #lastBeat: number;
  #stopped = false;

  constructor(
    private readonly clock: Clock,
    readonly staleAfterMs: number,
  ) {
    // Why start as a beat: the first tick is one interval away, and the pump is not late yet.
    this.#lastBeat = clock.now();
  }

  /** Records a tick that finished. */
  beat(): void {
    this.#lastBeat = this.clock.now();
  }

  /** Records that the scheduler was stopped. */
  stop(): void {
    this.#stopped = true;
  }

  /** The state now, and how long ago the last tick finished. */
  state(): { state: PumpState; lastTickAgoMs: number } {
    const lastTickAgoMs = this.clock.now() - this.#lastBeat;
    if (this.#stopped) return { state: 'stopped', lastTickAgoMs };
    return { state: lastTickAgoMs <= this.staleAfterMs ? 'running' : 'stale', lastTickAgoMs };
  }
}
