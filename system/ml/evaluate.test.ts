import { expect, test } from 'vitest';
import { evaluate } from './evaluate.js';
import { DEFAULT_HYPER_PARAMETERS } from './hyperParameters.js';
import type { LabelledExample } from './labelledExample.js';
import type { ClassifierWeights } from './triageModelArtifact.js';

// Why a hand-made model: each word votes for exactly one acuity ('a' for 1 ... 'e' for 5), so
// every prediction, and so every metric, can be worked out on paper.
const fiveWords: ClassifierWeights = {
  hyperParameters: { ...DEFAULT_HYPER_PARAMETERS, wordBigrams: false, charNgramSizes: [] },
  temperature: 1,
  bias: [0, 0, 0, 0, 0],
  vocabulary: ['w:a', 'w:b', 'w:c', 'w:d', 'w:e'],
  weights: [
    [5, 0, 0, 0, 0],
    [0, 5, 0, 0, 0],
    [0, 0, 5, 0, 0],
    [0, 0, 0, 5, 0],
    [0, 0, 0, 0, 5],
  ],
};

const ex = (text: string, acuity: LabelledExample['acuity']): LabelledExample => ({
  text,
  acuity,
  family: null,
});

test('evaluate counts accuracy, recall, confusion and triage errors as worked out by hand', () => {
  const metrics = evaluate(fiveWords, [
    ex('a', 1), // right
    ex('c', 1), // under-triage of an emergency, and a miss (predicted 3)
    ex('b', 1), // under-triage of an emergency, still escalated (predicted 2)
    ex('b', 2), // right
    ex('a', 2), // over-triage
    ex('e', 3), // under-triage, not an emergency
    ex('d', 4), // right
    ex('c', 5), // over-triage
    ex('e', 5), // right
    ex('e', 5), // right
  ]);
  expect(metrics).toEqual({
    examples: 10,
    accuracy: 5 / 10,
    recallByAcuity: { 1: 1 / 3, 2: 1 / 2, 3: 0, 4: 1, 5: 2 / 3 },
    confusion: [
      [1, 1, 1, 0, 0],
      [1, 1, 0, 0, 0],
      [0, 0, 0, 0, 1],
      [0, 0, 0, 1, 0],
      [0, 0, 1, 0, 2],
    ],
    underTriageRate: 3 / 10,
    overTriageRate: 2 / 10,
    emergencyExamples: 5,
    emergencyUnderTriageRate: 2 / 5,
    emergencyMissRate: 1 / 5,
  });
});

test('evaluate on no examples reports zero rates, no recall and zero counts', () => {
  expect(evaluate(fiveWords, [])).toEqual({
    examples: 0,
    accuracy: 0,
    recallByAcuity: { 1: null, 2: null, 3: null, 4: null, 5: null },
    confusion: [0, 1, 2, 3, 4].map(() => [0, 0, 0, 0, 0]),
    underTriageRate: 0,
    overTriageRate: 0,
    emergencyExamples: 0,
    emergencyUnderTriageRate: 0,
    emergencyMissRate: 0,
  });
});
