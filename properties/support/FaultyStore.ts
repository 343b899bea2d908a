import { type Store, StoreUnavailable } from '../../system/index.js';

const WRITES = /^(insert|update|append|put|close|end)/;

/**
 * A store port with an injectable fault: once armed, the next command's k-th write throws,
 * or, if that command makes fewer writes, its commit does (the database refuses the write:
 * disk full, I/O error). The fault fires once, then the store works again.
 * WARNING: it counts writes by method name; a new write method must match WRITES.
 */
export class FaultyStore {
  readonly store: Store;
  #armedAt: number | null = null;
  #writes = 0;
  #depth = 0;

  constructor(inner: Store) {
    const fault = (where: string) => {
      this.#armedAt = null;
      throw new StoreUnavailable(`injected fault at ${where}`);
    };
    const store: Record<string, unknown> = { ...inner };
    for (const [name, method] of Object.entries(inner)) {
      if (typeof method !== 'function' || !WRITES.test(name)) continue;
      store[name] = (...args: unknown[]) => {
        if (this.#armedAt !== null && this.#writes++ === this.#armedAt) fault(`write ${name}`);
        return (method as (...a: unknown[]) => unknown)(...args);
      };
    }
    store.transaction = <T>(fn: () => T): T =>
      inner.transaction(() => {
        this.#depth++;
        try {
          const result = fn();
          // Why at the outermost level only: a savepoint's release is not a commit.
          if (this.#depth === 1 && this.#armedAt !== null) fault('commit');
          return result;
        } finally {
          this.#depth--;
        }
      });
    this.store = store as unknown as Store;
  }

  /** Makes the next command fail at its `write`-th write (0-based) or at its commit. */
  arm(write: number): void {
    this.#armedAt = write;
    this.#writes = 0;
  }

  /** Drops a fault that no command met. */
  disarm(): void {
    this.#armedAt = null;
  }

  get armed(): boolean {
    return this.#armedAt !== null;
  }
}
