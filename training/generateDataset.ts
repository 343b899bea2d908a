/**
 * `npm run dataset`: writes the classifier's training data, `data/symptoms/train.jsonl` and
 * `test.jsonl`, and their README. The corpus of `training/corpus/` (seed 7, written by an
 * author who saw neither the rules nor the reference set) is split 90/10 by a hash of each
 * text; the dev part of the clinical reference set joins the training split, twice (its
 * messages are real-world in style, the corpus's are composed). The locked part is never here.
 * Same inputs, same bytes.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { labelledVignettes } from '../clinical/labelledVignettes.js';
import { readVignettes } from '../clinical/readVignettes.js';
import { hashExamples } from '../system/ml/hashExamples.js';
import { LabelledExample } from '../system/ml/labelledExample.js';
import { generateCorpus } from './corpus/generateCorpus.js';
import { datasetReadme } from './datasetReadme.js';

const CORPUS_SEED = 7;
const TEST_SHARE = 0.1;
const DEV_REPEATS = 2;

const { values } = parseArgs({ options: { out: { type: 'string', default: 'data/symptoms' } } });

const share = (text: string) =>
  createHash('sha256').update(text).digest().readUInt32BE(0) / 2 ** 32;
const corpus = generateCorpus(CORPUS_SEED).map((e) => LabelledExample.parse(e));
const test = corpus.filter((e) => share(e.text) < TEST_SHARE);
const dev = labelledVignettes(readVignettes('dev'));
const train = [
  ...corpus.filter((e) => share(e.text) >= TEST_SHARE),
  ...Array.from({ length: DEV_REPEATS }, () => dev).flat(),
];

const jsonl = (examples: readonly LabelledExample[]): string =>
  examples
    .map((e) => `${JSON.stringify({ text: e.text, acuity: e.acuity, family: e.family })}\n`)
    .join('');
mkdirSync(values.out, { recursive: true });
writeFileSync(join(values.out, 'train.jsonl'), jsonl(train));
writeFileSync(join(values.out, 'test.jsonl'), jsonl(test));
writeFileSync(
  join(values.out, 'README.md'),
  datasetReadme({
    corpusSeed: CORPUS_SEED,
    devRepeats: DEV_REPEATS,
    devCount: dev.length,
    train,
    test,
  }),
);
process.stdout.write(
  `wrote ${train.length} training and ${test.length} held-out examples to ${values.out} ` +
    `(train sha256 ${hashExamples(train).slice(0, 12)})\n`,
);
