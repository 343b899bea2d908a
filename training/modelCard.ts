import type { TriageModelArtifact } from '../system/ml/triageModelArtifact.js';
import type { ReleaseEvaluation } from '../system/release/ReleaseEvaluation.js';
import type { GateVerdict } from '../system/release/releaseGate.js';
import { markdownTable } from './markdownTable.js';

const pct = (x: number | null): string => (x === null ? 'n/a' : `${(100 * x).toFixed(1)}%`);

/** A model card in Markdown: what the version is, how it was made, how it did, the gate's verdict. */
export function modelCard(
  artifact: TriageModelArtifact,
  /** The release gate's verdict against the rules alone on the locked part. */
  release: { evaluation: ReleaseEvaluation; verdict: GateVerdict },
  /** Expected calibration error on the held-out examples, when measured. */
  ece?: number,
): string {
  const m = artifact.metrics;
  const hp = artifact.hyperParameters;
  const recall = ([1, 2, 3, 4, 5] as const).map((a) => `${a}: ${pct(m.recallByAcuity[a])}`);
  const confusion = m.confusion.map((row, i) => [String(i + 1), ...row.map(String)]);
  return [
    `### ${artifact.version}`,
    '',
    `- kind: ${artifact.kind}, ${artifact.vocabulary.length} features` +
      ` (words${hp.wordBigrams ? ', word pairs' : ''}, char ${hp.charNgramSizes.join('/')}-grams)`,
    `- seed: ${artifact.seed}; label corruption: ${pct(artifact.labelCorruption)}`,
    `- training data: ${artifact.trainingExamples} examples, sha256 ${artifact.trainingDataHash}`,
    `- held-out data: ${m.examples} examples of the locked part of the clinical reference set (benign ones at 4 or 5), sha256 ${artifact.evaluationDataHash}`,
    `- calibration: temperature ${artifact.temperature}, fitted on the corpus's held-out split${ece === undefined ? '' : `; expected calibration error on the locked part ${ece.toFixed(3)}`}`,
    `- hyper-parameters: ${JSON.stringify(hp)}`,
    `- accuracy: ${pct(m.accuracy)}`,
    `- recall per acuity: ${recall.join(', ')}`,
    `- under-triage: ${pct(m.underTriageRate)} overall; ` +
      `${pct(m.emergencyUnderTriageRate)} of the ${m.emergencyExamples} acuity 1-2 examples` +
      ` (${pct(m.emergencyMissRate)} predicted 3-5)`,
    `- over-triage: ${pct(m.overTriageRate)}`,
    `- with the rules, on the ${release.evaluation.cases} locked vignettes: recall at the required acuity` +
      ` ${release.evaluation.figures.atRequired}/${release.evaluation.figures.emergencies}` +
      ` (rules alone ${release.evaluation.production.atRequired}), over-triage` +
      ` ${release.evaluation.figures.overTriaged}/${release.evaluation.figures.benign}` +
      ` (rules alone ${release.evaluation.production.overTriaged})`,
    `- release gate against the rules alone: ${release.verdict.pass ? 'PASS' : `FAIL: ${release.verdict.reasons.join('; ')}`}`,
    '',
    markdownTable(['label \\ predicted', '1', '2', '3', '4', '5'], confusion),
    '',
  ].join('\n');
}
