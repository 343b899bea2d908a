import type { LabelledExample } from '../system/ml/labelledExample.js';
import { markdownTable } from './markdownTable.js';
import { SYMPTOM_SCENARIOS } from './symptomScenarios.js';

const POLICY: ReadonlyArray<[number, string]> = [
  [
    1,
    'immediate, life-saving care: not breathing, anaphylaxis, massive bleeding, unresponsive, prolonged seizure',
  ],
  [
    2,
    'emergency, seen within minutes: cardiac chest pain, stroke signs, suicidal thoughts, fainting, sudden confusion, struggling to breathe, meningitis signs, pre-eclampsia',
  ],
  [
    3,
    'urgent, seen today: severe abdominal pain, persistent vomiting or dehydration, broken bones, bleeding in pregnancy, high fever, wounds and burns that need treatment',
  ],
  [
    4,
    'less urgent, a routine appointment: fever while drinking, earache, sore throat, urinary symptoms, rashes, sprains, toothache',
  ],
  [
    5,
    'non-urgent, self-care or admin: colds, mild coughs, repeat prescriptions, minor scrapes and bites',
  ],
];

/** The dataset's README, written beside it so that its counts can never go stale. */
export function datasetReadme(input: {
  seed: number;
  train: readonly LabelledExample[];
  test: readonly LabelledExample[];
}): string {
  const count = (set: readonly LabelledExample[], acuity: number): number =>
    set.filter((e) => e.acuity === acuity).length;
  const rows = POLICY.map(([acuity, policy]) => {
    const scenarios = SYMPTOM_SCENARIOS.filter((s) => s.acuity === acuity).length;
    const a = count(input.train, acuity);
    const b = count(input.test, acuity);
    return [String(acuity), String(a), String(b), String(a + b), String(scenarios), policy];
  });
  const families = new Map<string, number>();
  for (const e of [...input.train, ...input.test]) {
    const key = e.family ?? '(none)';
    families.set(key, (families.get(key) ?? 0) + 1);
  }
  const familyRows = [...families].sort().map(([f, n]) => [f, String(n)]);
  const total = input.train.length + input.test.length;
  rows.push([
    'all',
    ...[input.train.length, input.test.length, total, SYMPTOM_SCENARIOS.length].map(String),
    '',
  ]);
  return `# Symptom dataset

Written by \`npm run dataset\` (\`training/generateDataset.ts\`, seed ${input.seed}); do not edit by
hand: change the templates in \`training/symptomScenarios.ts\` and run it again. The same seed
gives the same bytes.

Each line of \`train.jsonl\` and \`test.jsonl\` is \`{ "text": string, "acuity": 1-5, "family": string | null }\`.
\`family\` is the red-flag family (\`system/triage/redFlagFamily.ts\`) the message belongs to, or null.

## How it is made

Each acuity has scenarios (a kind of presentation, labelled once), each with a few message
templates. A template's slots are filled by seeded draws: who is affected (the writer or one of
twelve relatives, with grammar to match), durations, body parts, allergens, severity words,
medicines; an opening and a closing shared by all acuities (so that tone tells the model
nothing); in 8% of messages one letter dropped from a long word; in 20% the whole text
lower-cased. Duplicate texts (ignoring case) are drawn again. Each acuity is then split 80/20
into train and test (stratified), and each file shuffled.

Held-out figures are optimistic: test messages come from the same templates as training ones.
They measure whether a model learned the templates, not how it does on real patients.

## Label policy (ESI-style, 1 most urgent)

${markdownTable(['acuity', 'train', 'test', 'total', 'scenarios', 'means'], rows)}

Labels follow the scenario, not the words: a message with "chest" in it is a 5 when it says
"no chest pain". Acuity 1-2 scenarios carry their red-flag family, except those the rules do not
name (prolonged seizure, meningitis, thunderclap headache, sick infant, pre-eclampsia).

## Examples per red-flag family

${markdownTable(['family', 'examples'], familyRows)}
`;
}
