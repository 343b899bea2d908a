/** Listens to the recipients of committed notifications. */
export type CommitListener = (recipients: ReadonlySet<string>) => void;

/** The system's `onCommit` port, fanned out to whoever listens (the real-time hub). */
export interface CommitSignal {
  /** Pass this as `createSystem({ onCommit })`. */
  readonly onCommit: CommitListener;
  /** Adds a listener; returns the function that removes it. */
  listen(listener: CommitListener): () => void;
}

/**
 * Builds a commit signal. Why not hand the hub to the system directly: the system is built
 * first and the server (with its hub) after it, over that system.
 */
export function commitSignal(): CommitSignal {
  const listeners = new Set<CommitListener>();
  return {
    onCommit: (recipients) => {
      for (const listener of listeners) listener(recipients);
    },
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
