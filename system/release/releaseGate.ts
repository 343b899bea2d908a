import { z } from 'zod';
import type { ReleaseEvaluation } from './ReleaseEvaluation.js';

/** What a version must do on the reference set to leave validation, as an admin sets it. */
export const GatePolicy = z.object({
  /** Largest share of the must-not-escalate messages a version may escalate. */
  maxOverTriage: z.number().min(0).max(1),
  /** Most emergencies production meets that the version may miss (listed by family). */
  maxNegativeFlips: z.int().min(0).max(1_000_000),
  /** How far the version's recall at the required acuity may fall below production's. */
  maxRecallDrop: z.number().min(0).max(1),
  /** Most emergencies the version may answer with self-care (acuity 5). */
  maxSelfCare: z.int().min(0).max(1_000_000),
  /** Fewest emergencies the set must hold for a verdict to mean something. */
  minEmergencies: z.int().min(0).max(1_000_000),
});
export type GatePolicy = z.infer<typeof GatePolicy>;

// Why these: the clinical targets of issue 15 (over-triage at most 15%, no emergency told
// self-care, none lost against what patients get today), and a set large enough that one miss is under 1%.
/** The policy a deployment starts with. */
export const DEFAULT_GATE_POLICY: GatePolicy = {
  maxOverTriage: 0.15,
  maxNegativeFlips: 0,
  maxRecallDrop: 0,
  maxSelfCare: 0,
  minEmergencies: 100,
};

/** The gate's verdict, with every reason it failed (none when it passes). */
export interface GateVerdict {
  pass: boolean;
  reasons: string[];
}

const percent = (x: number): string => `${(100 * x).toFixed(1)}%`;
const rate = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
// Why a tolerance: a rate equal to its limit must pass, whatever the division's last bit says.
const EPSILON = 1e-12;

/**
 * Decides whether a version may leave validation, from its evaluation against production.
 * Each reason gives the figures behind it, so a refusal can be acted on from its text alone.
 */
export function releaseGate(evaluation: ReleaseEvaluation, policy: GatePolicy): GateVerdict {
  const { figures, production, negativeFlips } = evaluation;
  const reasons: string[] = [];
  if (figures.emergencies < policy.minEmergencies)
    reasons.push(
      `the reference set "${evaluation.referenceSet}" holds ${figures.emergencies} emergencies (at least ${policy.minEmergencies} needed)`,
    );
  const recall = rate(figures.atRequired, figures.emergencies);
  const productionRecall = rate(production.atRequired, production.emergencies);
  const against = evaluation.against ?? 'the rules alone';
  if (productionRecall - recall > policy.maxRecallDrop + EPSILON)
    reasons.push(
      `recall at the required acuity is ${percent(recall)} (${figures.atRequired}/${figures.emergencies}), below production's ${percent(productionRecall)} (${against})`,
    );
  if (negativeFlips.length > policy.maxNegativeFlips) {
    const byFamily = new Map<string, string[]>();
    for (const flip of negativeFlips)
      byFamily.set(flip.family, [...(byFamily.get(flip.family) ?? []), flip.id]);
    const listed = [...byFamily]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([family, ids]) => `${family}: ${ids.join(', ')}`)
      .join('; ');
    reasons.push(
      `${negativeFlips.length} emergencies production (${against}) meets are under-triaged (${listed})`,
    );
  }
  if (figures.selfCare > policy.maxSelfCare)
    reasons.push(
      `${figures.selfCare} emergencies are told self-care (at most ${policy.maxSelfCare} allowed)`,
    );
  const overTriage = rate(figures.overTriaged, figures.benign);
  if (overTriage > policy.maxOverTriage + EPSILON)
    reasons.push(
      `over-triage is ${percent(overTriage)} (${figures.overTriaged}/${figures.benign}), above the ${percent(policy.maxOverTriage)} allowed`,
    );
  return { pass: reasons.length === 0, reasons };
}
