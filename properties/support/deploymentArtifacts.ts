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
  // Why maps keyed by the text itself: a walk asks about the same text string many times, and
  // a string keeps its hash; a key built by concatenation would be hashed anew every time. The
  // texts come from a fixed corpus (and stored traces), so the maps stay small.
  const answers = new Map<string, Map<string, number>>();
  const memo = (by: string, text: string, compute: (text: string) => number): number => {
    let known = answers.get(by);
    if (!known) {
      known = new Map();
      answers.set(by, known);
    }
    let value = known.get(text);
    if (value === undefined) {
      value = compute(text);
      known.set(text, value);
    }
    return value;
  };
  const byArtifact = Object.fromEntries(
    Object.entries(artifacts).map(([name, artifact]) => [
      name,
      (text: string) => predict(artifact, text).acuity,
    ]),
  ) as Record<ArtifactName, (text: string) => number>;
  const byRules = (text: string) => evaluateRedFlags(text, RED_FLAG_RULES).acuity;
  return {
    passesGate: (artifact, gate) => promotionGate(artifacts[artifact].metrics, GATES[gate]).pass,
    modelAcuity: (artifact, text) => memo(artifact, text, byArtifact[artifact]),
    ruleAcuity: (text) => memo('rules', text, byRules),
  };
}
