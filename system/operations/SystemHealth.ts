import type { BreakerState } from '../serving/circuitBreaker.js';

/** One check of a dependency: it answered, or why not. */
export type Check = { ok: true } | { ok: false; reason: string };

/** What readiness needs to know of the system: its database and its model serving. */
export interface SystemHealth {
  database: { read: Check; write: Check };
  model: {
    /** The production version, or null while only the rules triage. */
    production: string | null;
    /** Each version taking traffic (weight > 0) and its breaker now. */
    serving: { version: string; weight: number; breaker: BreakerState }[];
  };
}
