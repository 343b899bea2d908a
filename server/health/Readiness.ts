import type { BreakerState } from '../../system/index.js';
import type { PumpState } from './PumpMonitor.js';

/** The body of `/health/ready`: the verdict, and each check as a person reads it. */
export interface Readiness {
  ready: boolean;
  /** Why not ready, one short phrase per failed check (empty when ready). */
  reasons: string[];
  database: { read: string; write: string };
  pump: { state: PumpState; lastTickAgoMs: number };
  model: {
    production: string | null;
    /** The worst breaker among the versions taking traffic (closed when only rules serve). */
    breaker: BreakerState;
    serving: { version: string; weight: number; breaker: BreakerState }[];
  };
}
