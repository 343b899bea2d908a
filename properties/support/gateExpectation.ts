import type { GatePolicy } from '../../system/index.js';

/** One reference case as the expectation reads it: what it requires, and what each side gave. */
export interface JudgedCase {
  /** The acuity an emergency must reach; null for a message that must not escalate. */
  required: 1 | 2 | null;
  candidate: number;
  production: number;
}

/**
 * The release gate's verdict, worked out from the cases alone: a version passes when it loses
 * no emergency production meets (up to the policy's allowance), its recall at the required
 * acuity is not lower, no more emergencies are told self-care than allowed, over-triage stays within the limit, and the set is large enough.
 * Written from issue 15's statement of the gate, not from `system/release`.
 */
export function gateExpectation(cases: readonly JudgedCase[], policy: GatePolicy): boolean {
  const meets = (required: 1 | 2, acuity: number) => acuity <= required;
  const emergencies = cases.filter((c) => c.required !== null);
  const benign = cases.filter((c) => c.required === null);
  const met = (side: 'candidate' | 'production') =>
    emergencies.filter((c) => meets(c.required!, c[side])).length;
  const flips = emergencies.filter(
    (c) => meets(c.required!, c.production) && !meets(c.required!, c.candidate),
  ).length;
  const drop = (met('production') - met('candidate')) / Math.max(1, emergencies.length);
  const selfCare = emergencies.filter((c) => c.candidate === 5).length;
  const overTriage = benign.filter((c) => c.candidate <= 2).length / Math.max(1, benign.length);
  return (
    emergencies.length >= policy.minEmergencies &&
    flips <= policy.maxNegativeFlips &&
    drop <= policy.maxRecallDrop + 1e-9 &&
    selfCare <= policy.maxSelfCare &&
    overTriage <= policy.maxOverTriage + 1e-9
  );
}
