import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DeploymentFacts } from '../../models/deploymentState.js';
import type { ArtifactName, GateName } from '../../models/deploymentStep.js';
import {
  type ArtifactStore,
  DEFAULT_GATE_POLICY,
  evaluateRedFlags,
  type GatePolicy,
  memoryArtifactStore,
  parseArtifact,
  parseExamples,
  predict,
  promotionGate,
  RED_FLAG_RULES,
  type TriageModelArtifact,
  trainClassifier,
} from '../../system/index.js';

/** The gate policies an admin sets in the deployment world. */
export const GATES: Record<GateName, GatePolicy> = {
  strict: DEFAULT_GATE_POLICY,
  lax: { maxEmergencyUnderTriage: 1, minEmergencyExamples: 0 },
};

/** The deployment world's artifacts, the store that holds them, and what they answer. */
export interface DeploymentCatalog {
  artifacts: Record<ArtifactName, TriageModelArtifact>;
  /** All four artifacts, each verified once for the whole process. */
  store: ArtifactStore;
  facts: DeploymentFacts;
}

let catalog: DeploymentCatalog | undefined;

/**
 * The catalog, built on first use: the clean and the corrupted artifacts shipped in
 * `artifacts/`, and two trained here (seeded, so every process gets the same versions): a
 * retrained one (all the training data, words only, 5 epochs: passes the gate) and one from
 * the first 40 examples (does not). Each takes well under 100 ms.
 */
export function deploymentCatalog(): DeploymentCatalog {
  if (catalog) return catalog;
  const shipped = readdirSync('artifacts')
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(join('artifacts', name), 'utf8')) as unknown);
  const parsed = shipped.map((raw) => {
    const artifact = parseArtifact(raw);
    if (!artifact.ok) throw new Error(artifact.error);
    return artifact.value;
  });
  const good = parsed.find((a) => a.labelCorruption === 0);
  const corrupted = parsed.find((a) => a.labelCorruption > 0);
  if (!good || !corrupted) throw new Error('artifacts/ needs a clean and a corrupted artifact');
  const read = (name: string) =>
    parseExamples(readFileSync(join('data/symptoms', name), 'utf8'), name);
  const heldOut = read('test.jsonl');
  const examples = read('train.jsonl');
  const retrained = trainClassifier(examples, {
    seed: 11,
    heldOut,
    hyperParameters: { epochs: 5, charNgramSizes: [] },
  });
  const tiny = trainClassifier(examples.slice(0, 40), {
    seed: 7,
    heldOut,
    hyperParameters: { epochs: 5 },
  });
  const artifacts = { good, corrupted, retrained, tiny };
  catalog = {
    artifacts,
    store: memoryArtifactStore(Object.values(artifacts)),
    facts: factsOf(artifacts),
  };
  return catalog;
}

function factsOf(artifacts: Record<ArtifactName, TriageModelArtifact>): DeploymentFacts {
  const answers = new Map<string, number>();
  const memo = (key: string, compute: () => number): number => {
    const known = answers.get(key);
    if (known !== undefined) return known;
    // Why a bound: a long property run sees many texts; the memo is for the walk's repeats.
    if (answers.size > 50_000) answers.clear();
    const value = compute();
    answers.set(key, value);
    return value;
  };
  return {
    passesGate: (artifact, gate) => promotionGate(artifacts[artifact].metrics, GATES[gate]).pass,
    modelAcuity: (artifact, text) =>
      memo(`${artifact}\u0000${text}`, () => predict(artifacts[artifact], text).acuity),
    ruleAcuity: (text) =>
      memo(`rules\u0000${text}`, () => evaluateRedFlags(text, RED_FLAG_RULES).acuity),
  };
}
