import type { Timer } from './Timer.js';

/** A timer that fires only when told to, so that tests run heartbeats and ticks on cue. */
export class ManualTimer implements Timer {
  readonly #tasks = new Set<() => unknown>();

  every(_ms: number, task: () => unknown): () => void {
    const entry = () => task();
    this.#tasks.add(entry);
    return () => this.#tasks.delete(entry);
  }

  /** Runs every task once, in the order they were started, awaiting each. */
  async fire(): Promise<void> {
    for (const task of [...this.#tasks]) await task();
  }

  /** How many tasks are running (a stopped server leaves none). */
  get size(): number {
    return this.#tasks.size;
  }
}
