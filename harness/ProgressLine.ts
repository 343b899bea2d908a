/** How progress is shown: redrawn in place on a terminal, as plain lines in a log, or not. */
export type ProgressMode = 'tty' | 'lines' | 'off';

/** How often each mode draws. Why slower for logs: a CI log should not get ten lines a second. */
export const PROGRESS_INTERVAL_MS: Record<Exclude<ProgressMode, 'off'>, number> = {
  tty: 100,
  lines: 10_000,
};

/**
 * A progress line on stderr, throttled. Why not a progress-bar library: inside vitest workers
 * stderr is no TTY, so they draw nothing; the CLI tells the worker whether its own terminal is
 * one, and this writes carriage returns (tty) or whole lines (logs).
 */
export class ProgressLine {
  readonly #write: (text: string) => void;
  readonly #mode: ProgressMode;
  readonly #now: () => number;
  #last: number;
  #drawn = false;

  constructor(
    mode: ProgressMode,
    write: (text: string) => void = (t) => process.stderr.write(t),
    now: () => number = () => performance.now(),
  ) {
    this.#mode = mode;
    this.#write = write;
    this.#now = now;
    // Why start the clock now: a run that ends within one interval draws nothing at all.
    this.#last = now();
  }

  /** Draws `text` if an interval has passed since the last drawing; `text` is built lazily. */
  update(text: () => string): void {
    if (this.#mode === 'off') return;
    const now = this.#now();
    if (now - this.#last < PROGRESS_INTERVAL_MS[this.#mode]) return;
    this.#last = now;
    this.#drawn = true;
    this.#write(this.#mode === 'tty' ? `\r\u001b[K${text()}` : `${text()}\n`);
  }

  /** Clears an in-place line, so the report that follows starts on a clean line. */
  done(): void {
    if (this.#mode === 'tty' && this.#drawn) this.#write('\r\u001b[K');
    this.#drawn = false;
  }
}
