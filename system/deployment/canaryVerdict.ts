import type { DeploymentConfig } from './DeploymentConfig.js';
import type { CallStats } from './modelCall.js';

/** The analysis of a canary: whether it fails, and every threshold it broke. */
export interface CanaryVerdict {
  fails: boolean;
  reasons: string[];
}

/**
 * Judges a canary on the calls that reached it since its rollout began: with fewer than
 * `minCalls` it cannot fail yet; otherwise it fails when its error rate, its share of slow
 * calls or its disagreement with the rule engine exceeds the threshold. Integer arithmetic,
 * so a rate exactly at a threshold passes on every machine.
 */
export function canaryVerdict(
  stats: CallStats,
  policy: DeploymentConfig['analysis'],
): CanaryVerdict {
  if (stats.calls < policy.minCalls) return { fails: false, reasons: [] };
  const reasons: string[] = [];
  const over = (count: number, maxPercent: number) => count * 100 > maxPercent * stats.calls;
  if (over(stats.errors, policy.maxErrorPercent))
    reasons.push(`${stats.errors} of ${stats.calls} calls failed (max ${policy.maxErrorPercent}%)`);
  if (over(stats.slow, policy.maxSlowPercent))
    reasons.push(
      `${stats.slow} of ${stats.calls} calls took over ${policy.slowCallMs} ms (max ${policy.maxSlowPercent}%)`,
    );
  if (over(stats.disagreements, policy.maxDisagreementPercent))
    reasons.push(
      `${stats.disagreements} of ${stats.calls} answers missed an emergency the rules saw (max ${policy.maxDisagreementPercent}%)`,
    );
  return { fails: reasons.length > 0, reasons };
}
