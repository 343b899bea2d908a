import { performance } from 'node:perf_hooks';

/**
 * The server's monotonic time in milliseconds, for latencies only: a port, so tests can fix
 * the durations they judge. Never the system's clock, which may be virtual.
 */
export interface Stopwatch {
  now(): number;
}

/** The process's monotonic clock. */
export const performanceStopwatch: Stopwatch = { now: () => performance.now() };
