import { RULES_ONLY_VERSION } from '../triage/rulesOnlyModel.js';
import type { ModelDeployment } from './modelDeployment.js';

/**
 * The share of traffic each version takes, in integer percent summing to 100: the canary its
 * weight, production (or the rules-only baseline before the first promotion) the rest.
 */
export function trafficWeights(deployment: ModelDeployment | undefined): Record<string, number> {
  const base = deployment?.production ?? RULES_ONLY_VERSION;
  if (!deployment?.canary) return { [base]: 100 };
  return { [base]: 100 - deployment.canaryWeight, [deployment.canary]: deployment.canaryWeight };
}

/** The version that serves a patient in a bucket: null means the rules-only baseline. */
export function servingVersion(
  deployment: ModelDeployment | undefined,
  bucket: number,
): string | null {
  if (deployment?.canary && bucket < deployment.canaryWeight) return deployment.canary;
  return deployment?.production ?? null;
}
