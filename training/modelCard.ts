import type { GateVerdict } from '../system/ml/promotionGate.js';
import type { TriageModelArtifact } from '../system/ml/triageModelArtifact.js';
import { markdownTable } from './markdownTable.js';

const pct = (x: number | null): string => (x === null ? 'n/a' : `${(100 * x).toFixed(1)}%`);

/** A model card in Markdown: what the version is, how it was made, how it did, the gate's verdict. */
export function modelCard(
  artifact: TriageModelArtifact,
  verdict: GateVerdict,
  gate: string,
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
    `- held-out data: ${m.examples} examples, sha256 ${artifact.evaluationDataHash}`,
    `- hyper-parameters: ${JSON.stringify(hp)}`,
    `- accuracy: ${pct(m.accuracy)}`,
    `- recall per acuity: ${recall.join(', ')}`,
    `- under-triage: ${pct(m.underTriageRate)} overall; ` +
      `${pct(m.emergencyUnderTriageRate)} of the ${m.emergencyExamples} acuity 1-2 examples` +
      ` (${pct(m.emergencyMissRate)} predicted 3-5)`,
    `- over-triage: ${pct(m.overTriageRate)}`,
    `- promotion gate (${gate}): ${verdict.pass ? 'PASS' : `FAIL: ${verdict.reasons.join('; ')}`}`,
    '',
    markdownTable(['label \\ predicted', '1', '2', '3', '4', '5'], confusion),
    '',
  ].join('\n');
}
