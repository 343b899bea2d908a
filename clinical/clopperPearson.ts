/** A proportion with its exact two-sided confidence interval. */
export interface Proportion {
  successes: number;
  trials: number;
  /** successes / trials, or null when there were no trials. */
  rate: number | null;
  lower: number;
  upper: number;
}

/**
 * The exact (Clopper-Pearson) two-sided interval of a binomial proportion, at 95% unless told.
 * Why exact: at the rates that matter here (a few misses in hundreds) the normal
 * approximation's interval is far too narrow, and the upper bound of under-triage is the claim.
 */
export function clopperPearson(successes: number, trials: number, confidence = 0.95): Proportion {
  if (!Number.isInteger(trials) || trials < 0) throw new Error(`trials must be an integer >= 0`);
  if (!Number.isInteger(successes) || successes < 0 || successes > trials)
    throw new Error(`successes must be an integer in [0, ${trials}]`);
  const tail = (1 - confidence) / 2;
  if (trials === 0) return { successes, trials, rate: null, lower: 0, upper: 1 };
  // lower: the p at which seeing >= successes has probability `tail`; upper: <= successes.
  const lower = successes === 0 ? 0 : solve((p) => 1 - binomialCdf(successes - 1, trials, p), tail);
  const upper = successes === trials ? 1 : solve((p) => -binomialCdf(successes, trials, p), -tail);
  return { successes, trials, rate: successes / trials, lower, upper };
}

/** P(X <= k) for X ~ Binomial(n, p), summed in log space so large n stays exact. */
export function binomialCdf(k: number, n: number, p: number): number {
  if (k < 0) return 0;
  if (k >= n) return 1;
  if (p <= 0) return 1;
  if (p >= 1) return 0;
  const logP = Math.log(p);
  const logQ = Math.log1p(-p);
  let logTerm = n * logQ; // i = 0
  let sum = Math.exp(logTerm);
  for (let i = 1; i <= k; i++) {
    logTerm += Math.log((n - i + 1) / i) + logP - logQ;
    sum += Math.exp(logTerm);
  }
  return Math.min(1, sum);
}

/** The p in [0, 1] where an increasing function of p reaches `target`, by bisection. */
function solve(increasing: (p: number) => number, target: number): number {
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 100; i++) {
    const mid = (lo + hi) / 2;
    if (increasing(mid) < target) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
