/**
 * `npm run train [-- --seed N --corrupt-labels F]`: trains the triage classifier on
 * `data/symptoms/train.jsonl`, fits its temperature on `test.jsonl`, evaluates it on the
 * locked part of the clinical reference set (never trained on), writes `artifacts/<version>.json`,
 * prints its model card and rewrites `artifacts/README.md` from every artifact there.
 * `--corrupt-labels F` makes a deliberately bad version (F of the acuity 1-4 labels made less
 * urgent) for testing the safety net; it gets its own version like any other change.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { labelledVignettes } from '../clinical/labelledVignettes.js';
import { readVignettes } from '../clinical/readVignettes.js';
import { calibrationError } from '../system/ml/calibrationError.js';
import { parseArtifact } from '../system/ml/parseArtifact.js';
import { parseExamples } from '../system/ml/parseExamples.js';
import { trainClassifier } from '../system/ml/trainClassifier.js';
import type { TriageModelArtifact } from '../system/ml/triageModelArtifact.js';
import { caseAcuities } from '../system/release/caseAcuities.js';
import { evaluateRelease } from '../system/release/evaluateRelease.js';
import { fileReferenceSet } from '../system/release/fileReferenceSet.js';
import { DEFAULT_GATE_POLICY, releaseGate } from '../system/release/releaseGate.js';
import { RED_FLAG_RULES } from '../system/triage/redFlagRules.js';
import { formatArtifact } from './formatArtifact.js';
import { markdownTable } from './markdownTable.js';
import { modelCard } from './modelCard.js';

const DEFAULT_SEED = 1;
const HEADER = [
  'version',
  'seed',
  'label corruption',
  'accuracy',
  'under-triage',
  'emergency under-triage',
  'emergencies predicted 3-5',
  'with the rules: recall at required',
  'over-triage',
  'release gate',
];
const reference = fileReferenceSet('clinical/vignettes/locked.jsonl')();

/** The release gate on the locked part, against the rules alone (a first promotion). */
function release(artifact: TriageModelArtifact) {
  const evaluation = evaluateRelease(
    reference,
    { candidate: artifact.version, against: null },
    caseAcuities(reference.cases, RED_FLAG_RULES, artifact),
    caseAcuities(reference.cases, RED_FLAG_RULES, null),
  );
  return { evaluation, verdict: releaseGate(evaluation, DEFAULT_GATE_POLICY) };
}

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    'corrupt-labels': { type: 'string', default: '0' },
    data: { type: 'string', default: 'data/symptoms' },
    out: { type: 'string', default: 'artifacts' },
  },
});
const seed = Number(values.seed);
const corruption = Number(values['corrupt-labels']);
if (!Number.isInteger(seed) || seed < 0 || seed > 0xffff_ffff) {
  throw new Error('--seed must be a whole number in [0, 2^32)');
}
if (!(corruption >= 0 && corruption <= 1)) throw new Error('--corrupt-labels must be in [0, 1]');

const read = (name: string) => {
  const path = join(values.data, name);
  return parseExamples(readFileSync(path, 'utf8'), path);
};
// Why the locked part: held-out examples made from the training templates measure whether a
// model learned them; the locked part was written by other people, from the guidance.
const locked = labelledVignettes(readVignettes('locked'));
const artifact = trainClassifier(read('train.jsonl'), {
  seed,
  heldOut: locked,
  calibration: read('test.jsonl'),
  corruptLabels: corruption,
});
const stored = formatArtifact(artifact);
// Why read it back: what is served is the file, so the file is what must verify.
const reread = parseArtifact(JSON.parse(stored));
if (!reread.ok) throw new Error(`the artifact written does not verify: ${reread.error}`);

mkdirSync(values.out, { recursive: true });
writeFileSync(join(values.out, `${artifact.version}.json`), stored);
process.stdout.write(
  `${modelCard(artifact, release(artifact), calibrationError(artifact, locked))}\n` +
    `wrote ${join(values.out, `${artifact.version}.json`)} (${stored.length} bytes)\n`,
);
writeFileSync(join(values.out, 'README.md'), artifactsReadme(values.out));

function artifactsReadme(folder: string): string {
  const artifacts: TriageModelArtifact[] = [];
  for (const name of readdirSync(folder)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    const parsed = parseArtifact(JSON.parse(readFileSync(join(folder, name), 'utf8')));
    if (!parsed.ok) throw new Error(`${name}: ${parsed.error}`);
    artifacts.push(parsed.value);
  }
  artifacts.sort(
    (a, b) => a.labelCorruption - b.labelCorruption || a.version.localeCompare(b.version),
  );
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const rows = artifacts.map((a) => {
    const m = a.metrics;
    const { evaluation, verdict } = release(a);
    const { figures } = evaluation;
    const rates = [a.labelCorruption, m.accuracy, m.underTriageRate, m.emergencyUnderTriageRate];
    return [
      `\`${a.version}\``,
      String(a.seed),
      ...rates.map(pct),
      pct(m.emergencyMissRate),
      `${figures.atRequired}/${figures.emergencies}`,
      `${figures.overTriaged}/${figures.benign}`,
      verdict.pass ? 'pass' : 'FAIL',
    ];
  });
  const cards = artifacts.map((a) => modelCard(a, release(a), calibrationError(a, locked)));
  return `# Model artifacts

Written by \`npm run train\` (\`training/train.ts\`), which rewrites this page from every
artifact in this folder. An artifact's name is its version: the first 12 hex digits of the
sha256 of its content (\`system/ml/artifactVersion.ts\`), checked on every read
(\`system/ml/parseArtifact.ts\`). Retraining with the same seed on the same data gives the
same bytes. The model's own metrics are on the locked part of the clinical reference set
(\`clinical/vignettes/\`, written from public guidance by authors who never saw the rules or
the training data; never trained on). The release gate (\`system/release/releaseGate.ts\`)
judges a version as patients meet it, the rules with the model on top, beside production:
here, against the rules alone, with the default policy (over-triage at most
${100 * DEFAULT_GATE_POLICY.maxOverTriage}%, no emergency the rules meet lost, recall no lower).
The red-flag rules stay the safety net under every version; the model may only raise urgency.

${markdownTable(HEADER, rows)}

Reproduce: \`npm run train\` (the good version) and \`npm run train -- --corrupt-labels 0.4\`
(a deliberately bad version, for testing that the rule engine contains it).

## Model cards

${cards.join('\n')}`;
}
