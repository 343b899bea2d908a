import type { Acuity } from '../domain/acuity.js';
import { ESCALATION_ACUITY } from '../domain/acuity.js';
import type { ReferenceCase } from './ReferenceCase.js';
import type { NegativeFlip, ReleaseEvaluation, ReleaseFigures } from './ReleaseEvaluation.js';

const SELF_CARE: Acuity = 5;
const escalates = (acuity: Acuity) => acuity <= ESCALATION_ACUITY;
/** Whether a case was answered as the reference requires. */
const meets = (c: ReferenceCase, acuity: Acuity): boolean =>
  c.escalate ? escalates(acuity) && acuity <= (c.acuity ?? ESCALATION_ACUITY) : !escalates(acuity);

/**
 * Compares a candidate's acuities with production's, case by case: the figures of each and
 * every emergency production meets and the candidate does not.
 */
export function evaluateRelease(
  reference: { name: string; cases: readonly ReferenceCase[] },
  names: Pick<ReleaseEvaluation, 'candidate' | 'against'>,
  candidate: readonly Acuity[],
  production: readonly Acuity[],
): ReleaseEvaluation {
  const negativeFlips: NegativeFlip[] = [];
  reference.cases.forEach((c, i) => {
    if (c.escalate && meets(c, production[i]!) && !meets(c, candidate[i]!))
      negativeFlips.push({ id: c.id, family: c.family });
  });
  return {
    ...names,
    referenceSet: reference.name,
    cases: reference.cases.length,
    figures: figuresOf(reference.cases, candidate),
    production: figuresOf(reference.cases, production),
    negativeFlips,
  };
}

function figuresOf(cases: readonly ReferenceCase[], acuities: readonly Acuity[]): ReleaseFigures {
  const figures = { emergencies: 0, atRequired: 0, selfCare: 0, benign: 0, overTriaged: 0 };
  cases.forEach((c, i) => {
    const acuity = acuities[i]!;
    if (c.escalate) {
      figures.emergencies++;
      if (meets(c, acuity)) figures.atRequired++;
      if (acuity === SELF_CARE) figures.selfCare++;
    } else {
      figures.benign++;
      if (escalates(acuity)) figures.overTriaged++;
    }
  });
  return figures;
}
