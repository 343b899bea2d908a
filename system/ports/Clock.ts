/** The one source of time in the system: epoch milliseconds. */
export interface Clock {
  now(): number;
}
