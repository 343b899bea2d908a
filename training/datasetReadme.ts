import type { LabelledExample } from '../system/ml/labelledExample.js';
import { markdownTable } from './markdownTable.js';

const POLICY: ReadonlyArray<[number, string]> = [
  [1, 'needs an immediate life-saving intervention (ESI v4 level 1)'],
  [2, 'emergency or high risk: an emergency department now (ESI v4 level 2)'],
  [3, 'urgent, seen today'],
  [4, 'less urgent, a routine appointment'],
  [5, 'non-urgent: self-care, a pharmacy, or administration'],
];

/** The dataset's README, written beside it so that its counts can never go stale. */
export function datasetReadme(input: {
  corpusSeed: number;
  devRepeats: number;
  devCount: number;
  train: readonly LabelledExample[];
  test: readonly LabelledExample[];
}): string {
  const count = (set: readonly LabelledExample[], acuity: number): number =>
    set.filter((e) => e.acuity === acuity).length;
  const rows = POLICY.map(([acuity, policy]) => {
    const a = count(input.train, acuity);
    const b = count(input.test, acuity);
    return [String(acuity), String(a), String(b), String(a + b), policy];
  });
  rows.push([
    'all',
    String(input.train.length),
    String(input.test.length),
    String(input.train.length + input.test.length),
    '',
  ]);
  return `# Symptom dataset

Written by \`npm run dataset\` (\`training/generateDataset.ts\`); do not edit by hand. Each line is
\`{ "text": string, "acuity": 1-5, "family": string | null }\`.

## How it is made

- **The corpus** (\`training/corpus/\`, seed ${input.corpusSeed}): messages composed from 126
  clinical and 34 hard-negative scenarios, each with 8 or more phrasings of its key finding,
  people, context, second complaints, openers and closers shared by every acuity, and style
  noise (typos, text-speak, non-native grammar, run-ons). Written from public guidance by an
  author who saw neither the rules nor the clinical reference set. Split 90/10 into
  \`train.jsonl\` and \`test.jsonl\` by a hash of each text.
- **The dev part of the clinical reference set** (${input.devCount} messages, written by six other
  authors), added to \`train.jsonl\` ${input.devRepeats} times: its emergencies at their required
  acuity, its benign messages at 5 (administrative, alarming words) or 4 (the rest).
- **Never the locked part**: \`npm run train\` measures every model on it (\`clinical/\`).

\`test.jsonl\` is the corpus's own held-out split: it shares the corpus's scenarios, so its
figures are optimistic and serve only calibration and tests; the locked part is the judge.

## Counts by acuity

${markdownTable(['acuity', 'train', 'test', 'total', 'means'], rows)}
`;
}
