import { expect, test } from 'vitest';
import type { Acuity } from '../domain/acuity.js';
import { evaluateRelease } from './evaluateRelease.js';
import type { ReferenceCase } from './ReferenceCase.js';

const cases: ReferenceCase[] = [
  { id: 'e1', text: '', family: 'stroke', escalate: true, acuity: 1 },
  { id: 'e2', text: '', family: 'acs', escalate: true, acuity: 2 },
  { id: 'e3', text: '', family: 'sepsis', escalate: true, acuity: 2 },
  { id: 'b1', text: '', family: 'none', escalate: false, acuity: null },
  { id: 'b2', text: '', family: 'none', escalate: false, acuity: null },
];
const evaluate = (candidate: Acuity[], production: Acuity[]) =>
  evaluateRelease(
    { name: 'five', cases },
    { candidate: 'lr-000000000001', against: null },
    candidate,
    production,
  );

// Why these cases: an acuity-1 emergency answered at 2 escalates but misses its acuity, and
// only a miss that production did not make is a flip.
test('figures count the required acuity, flips only what production met', () => {
  expect(evaluate([2, 1, 5, 2, 4], [1, 2, 3, 5, 5])).toEqual({
    candidate: 'lr-000000000001',
    against: null,
    referenceSet: 'five',
    cases: 5,
    figures: { emergencies: 3, atRequired: 1, selfCare: 1, benign: 2, overTriaged: 1 },
    production: { emergencies: 3, atRequired: 2, selfCare: 0, benign: 2, overTriaged: 0 },
    negativeFlips: [{ id: 'e1', family: 'stroke' }],
  });
});
