/** How versions roll out, how their calls are guarded, and when a canary fails. */
export interface DeploymentConfig {
  /** Canary traffic in percent, one entry per step, strictly increasing within (0, 100). */
  canarySteps: readonly number[];
  serving: {
    /** A model answer later than this is discarded as a timeout. */
    timeoutMs: number;
    /** Consecutive failed calls that open a version's circuit breaker. */
    failureThreshold: number;
    /** How long an open breaker refuses calls before it lets one trial call through. */
    cooldownMs: number;
    /** Answers kept in the response cache (least recently used go first). */
    cacheEntries: number;
  };
  analysis: {
    /** Fewest calls to the canary before its analysis may judge it. */
    minCalls: number;
    /** A call slower than this counts against the canary's latency. */
    slowCallMs: number;
    maxErrorPercent: number;
    maxSlowPercent: number;
    /** Calls where the rules saw an emergency (acuity <= 2) and the model did not. */
    maxDisagreementPercent: number;
  };
}

/** The defaults: three canary steps, a 1 s deadline, and analysis on at least 20 calls. */
export const DEFAULT_DEPLOYMENT_CONFIG: DeploymentConfig = {
  canarySteps: [10, 25, 50],
  serving: { timeoutMs: 1000, failureThreshold: 3, cooldownMs: 30_000, cacheEntries: 1000 },
  analysis: {
    minCalls: 20,
    slowCallMs: 500,
    maxErrorPercent: 5,
    maxSlowPercent: 10,
    maxDisagreementPercent: 2,
  },
};
