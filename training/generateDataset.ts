/**
 * `npm run dataset [-- --seed N --out DIR]`: writes the labelled symptom dataset
 * (`train.jsonl`, `test.jsonl`, `README.md`) from the templates in `symptomScenarios.ts`.
 * Same seed, same bytes. Each line is `{ "text", "acuity", "family" }`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Acuity } from '../system/domain/acuity.js';
import { hashExamples } from '../system/ml/hashExamples.js';
import { LabelledExample } from '../system/ml/labelledExample.js';
import { seededRandom } from '../system/ml/seededRandom.js';
import { shuffleInPlace } from '../system/ml/shuffleInPlace.js';
import { datasetReadme } from './datasetReadme.js';
import { fillTemplate } from './fillTemplate.js';
import { SYMPTOM_SCENARIOS } from './symptomScenarios.js';

/** Examples per acuity: fewer immediate cases than routine ones, as in a real inbox. */
const PER_ACUITY: Readonly<Record<Acuity, number>> = { 1: 130, 2: 210, 3: 190, 4: 220, 5: 220 };
const TEST_SHARE = 0.2;
const DEFAULT_SEED = 20_240_501;
const ATTEMPTS_PER_EXAMPLE = 60;

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    out: { type: 'string', default: 'data/symptoms' },
  },
});
const seed = Number(values.seed);
if (!Number.isInteger(seed) || seed < 0) throw new Error(`--seed must be a whole number`);

const random = seededRandom(seed);
const train: LabelledExample[] = [];
const test: LabelledExample[] = [];
for (const acuity of [1, 2, 3, 4, 5] as const) {
  const scenarios = SYMPTOM_SCENARIOS.filter((s) => s.acuity === acuity);
  const seen = new Set<string>();
  const examples: LabelledExample[] = [];
  // Round-robin over scenarios keeps each one's share even; a duplicate text is drawn again.
  for (let i = 0; examples.length < PER_ACUITY[acuity]; i++) {
    if (i > PER_ACUITY[acuity] * ATTEMPTS_PER_EXAMPLE) {
      throw new Error(`acuity ${acuity}: templates too few for ${PER_ACUITY[acuity]} texts`);
    }
    const scenario = scenarios[i % scenarios.length];
    if (scenario === undefined) throw new Error(`acuity ${acuity} has no scenario`);
    const text = fillTemplate(scenario, random);
    if (seen.has(text.toLowerCase())) continue;
    seen.add(text.toLowerCase());
    examples.push(LabelledExample.parse({ text, acuity, family: scenario.family }));
  }
  // Stratified split: each acuity gives the same share to the held-out set.
  shuffleInPlace(examples, random);
  const cut = Math.round(examples.length * TEST_SHARE);
  test.push(...examples.slice(0, cut));
  train.push(...examples.slice(cut));
}
shuffleInPlace(train, random);
shuffleInPlace(test, random);

const jsonl = (examples: readonly LabelledExample[]): string =>
  examples
    .map((e) => `${JSON.stringify({ text: e.text, acuity: e.acuity, family: e.family })}\n`)
    .join('');
mkdirSync(values.out, { recursive: true });
writeFileSync(join(values.out, 'train.jsonl'), jsonl(train));
writeFileSync(join(values.out, 'test.jsonl'), jsonl(test));
writeFileSync(join(values.out, 'README.md'), datasetReadme({ seed, train, test }));
process.stdout.write(
  `wrote ${train.length} training and ${test.length} held-out examples to ${values.out} ` +
    `(seed ${seed}, train sha256 ${hashExamples(train).slice(0, 12)})\n`,
);
