import type { EvalFigures } from './evalFigures.js';
import { formatRate } from './formatProportion.js';

/**
 * What every configuration a patient can meet must print on the locked part (issue targets):
 * every emergency caught at its acuity, with the upper 95% bound of under-triage below 1.5%;
 * at most 15% of benign messages escalated; no emergency told to look after itself.
 */
export const EVAL_TARGETS = {
  minRecallAtRequired: 1,
  maxUnderTriageUpperBound: 0.015,
  maxOverTriage: 0.15,
  maxEmergenciesToldSelfCare: 0,
} as const;

/** Each target the figures miss, in words; empty when all are met. */
export function missedTargets(f: EvalFigures): string[] {
  const missed: string[] = [];
  const recall = f.recall.atRequired.rate ?? 0;
  if (recall < EVAL_TARGETS.minRecallAtRequired)
    missed.push(`recall at the required acuity ${formatRate(recall)} < 100%`);
  if (f.underTriage.upper >= EVAL_TARGETS.maxUnderTriageUpperBound)
    missed.push(`under-triage upper 95% bound ${formatRate(f.underTriage.upper)} >= 1.5%`);
  if ((f.overTriage.rate ?? 0) > EVAL_TARGETS.maxOverTriage)
    missed.push(`over-triage ${formatRate(f.overTriage.rate)} > 15%`);
  if (f.emergenciesToldSelfCare > EVAL_TARGETS.maxEmergenciesToldSelfCare)
    missed.push(`${f.emergenciesToldSelfCare} emergencies told self-care`);
  return missed;
}
