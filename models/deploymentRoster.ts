/**
 * The patients of the deployment world, each named by the slice of the traffic-bucket space
 * [0, 100) their id hashes into: p0 joins a canary at its first step (10%), p1 at 25%, p2 at
 * 50%, and p3 is never in a canary. The property picks ids that land in these slices.
 */
export const DEPLOYMENT_PATIENTS = [
  { name: 'p0', buckets: [0, 10] },
  { name: 'p1', buckets: [10, 25] },
  { name: 'p2', buckets: [25, 50] },
  { name: 'p3', buckets: [50, 100] },
] as const;

/**
 * The rules the deployment world runs with; the property configures the system with the same.
 * Small numbers on purpose: one call is enough for a canary's analysis to judge it.
 */
export const DEPLOYMENT_RULES = {
  canarySteps: [10, 25, 50],
  timeoutMs: 1000,
  failureThreshold: 2,
  cooldownMs: 30_000,
  minCalls: 1,
  slowCallMs: 500,
  maxErrorPercent: 20,
  maxSlowPercent: 20,
  maxDisagreementPercent: 10,
  /** How long a faulty model server takes, on the virtual clock, per kind of fault. */
  faultLatencyMs: { timeout: 1500, slow: 700, error: 0, malformed: 0 },
} as const;

/** Whether a patient is served by a canary at a weight (0 when there is none). */
export const inCanary = (patient: number, weight: number): boolean =>
  (DEPLOYMENT_PATIENTS[patient]?.buckets[1] ?? 100) <= weight;
