import { expect, test } from 'vitest';
import type { ReleaseEvaluation } from './ReleaseEvaluation.js';
import { DEFAULT_GATE_POLICY, releaseGate } from './releaseGate.js';

const evaluation = (over: Partial<ReleaseEvaluation> = {}): ReleaseEvaluation => ({
  candidate: 'lr-000000000001',
  against: 'lr-000000000002',
  referenceSet: 'a set',
  cases: 400,
  figures: { emergencies: 200, atRequired: 198, selfCare: 0, benign: 200, overTriaged: 30 },
  production: { emergencies: 200, atRequired: 198, selfCare: 0, benign: 200, overTriaged: 20 },
  negativeFlips: [],
  ...over,
});

test('the gate passes at its limits and says nothing', () => {
  expect(releaseGate(evaluation(), DEFAULT_GATE_POLICY)).toEqual({ pass: true, reasons: [] });
});

test('one more over-triaged message than allowed fails, with the figures', () => {
  const verdict = releaseGate(
    evaluation({
      figures: { emergencies: 200, atRequired: 198, selfCare: 0, benign: 200, overTriaged: 31 },
    }),
    DEFAULT_GATE_POLICY,
  );
  expect(verdict).toEqual({
    pass: false,
    reasons: ['over-triage is 15.5% (31/200), above the 15.0% allowed'],
  });
});

// Why: a version as good on the whole can still lose a patient production would have caught;
// each such patient is named, by family, so the refusal says where to look.
test('every emergency production meets and the candidate misses is listed by family', () => {
  const negativeFlips = [
    { id: 'v-9', family: 'stroke' },
    { id: 'v-2', family: 'acs' },
    { id: 'v-4', family: 'stroke' },
  ];
  const verdict = releaseGate(
    evaluation({
      figures: { emergencies: 200, atRequired: 195, selfCare: 0, benign: 200, overTriaged: 0 },
      negativeFlips,
    }),
    DEFAULT_GATE_POLICY,
  );
  expect(verdict.reasons).toEqual([
    "recall at the required acuity is 97.5% (195/200), below production's 99.0% (lr-000000000002)",
    '3 emergencies production (lr-000000000002) meets are under-triaged (acs: v-2; stroke: v-9, v-4)',
  ]);
  const lax = { ...DEFAULT_GATE_POLICY, maxNegativeFlips: 3, maxRecallDrop: 0.015 };
  expect(releaseGate(evaluation({ negativeFlips }), lax).pass).toBe(true);
});

test('a set with too few emergencies gives no verdict but a refusal', () => {
  const few = { emergencies: 99, atRequired: 99, selfCare: 0, benign: 10, overTriaged: 0 };
  const verdict = releaseGate(
    evaluation({ against: null, figures: few, production: few }),
    DEFAULT_GATE_POLICY,
  );
  expect(verdict).toEqual({
    pass: false,
    reasons: ['the reference set "a set" holds 99 emergencies (at least 100 needed)'],
  });
});

test('an emergency told to stay at home fails the gate, however good the rest', () => {
  const figures = { emergencies: 200, atRequired: 198, selfCare: 1, benign: 200, overTriaged: 0 };
  expect(releaseGate(evaluation({ figures }), DEFAULT_GATE_POLICY)).toEqual({
    pass: false,
    reasons: ['1 emergencies are told self-care (at most 0 allowed)'],
  });
});
