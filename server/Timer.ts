/** Runs a task every `ms`; what schedulers and heartbeats use, so tests can fire them by hand. */
export interface Timer {
  /** Starts calling `task` every `ms`; returns the function that stops it. */
  every(ms: number, task: () => unknown): () => void;
}

/** The real timer, for `npm start`. */
export const intervalTimer: Timer = {
  every(ms, task) {
    const handle = setInterval(task, ms);
    return () => clearInterval(handle);
  },
};
