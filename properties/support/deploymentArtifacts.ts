import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readVignettes } from '../../clinical/readVignettes.js';
import type { DeploymentFacts } from '../../models/deploymentState.js';
import type { ArtifactName, GateName } from '../../models/deploymentStep.js';
import {
  type ArtifactStore,
  evaluateRedFlags,
  type GatePolicy,
  memoryArtifactStore,
  parseArtifact,
  parseExamples,
  predict,
  RED_FLAG_RULES,
  type TriageModelArtifact,
  trainClassifier,
} from '../../system/index.js';
import { gateExpectation } from './gateExpectation.js';

/**
 * The gate policies an admin sets in the deployment world. `strict` is also the policy a
 * deployment starts with: issue 15's targets, stated here rather than read from the system.
 */
export const GATES: Record<GateName, GatePolicy> = {
  strict: {
    maxOverTriage: 0.15,
    maxNegativeFlips: 0,
    maxRecallDrop: 0,
    maxSelfCare: 0,
    minEmergencies: 100,
  },
  lax: {
    maxOverTriage: 1,
    maxNegativeFlips: 1_000_000,
    maxRecallDrop: 1,
    maxSelfCare: 1_000_000,
    minEmergencies: 0,
  },
};
// The reference set the system's gate reads by default, read here by the clinical code.
const reference = readVignettes('locked');

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
 * cautious retrained one (all the training data, words only, 5 epochs: the one that passes the
 * default gate against the rules alone) and one from the first 40 examples (does not).
 * Training both takes a few seconds, once per process.
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
  // A cautious retraining: nothing labelled self-care, and an emergency called only when the
  // model is sure, so it adds little over the rules and takes nothing away from them.
  const cautious = examples.map((e) => (e.acuity === 5 ? { ...e, acuity: 4 as const } : e));
  const retrained = trainClassifier(cautious, {
    seed: 11,
    heldOut,
    hyperParameters: { epochs: 5, charNgramSizes: [], emergencyThreshold: 0.95 },
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
  const verdicts = new Map<string, boolean>();
  const byRules = (text: string) => evaluateRedFlags(text, RED_FLAG_RULES).acuity;
  return {
    passesGate: (artifact, gate, production) => {
      const key = `${artifact} ${gate} ${production}`;
      let pass = verdicts.get(key);
      if (pass === undefined) {
        const triage = (name: ArtifactName | null, text: string) => {
          const rules = memo('rules', text, byRules);
          return name === null ? rules : Math.min(rules, memo(name, text, byArtifact[name]));
        };
        const cases = reference.map((v) => ({
          required: v.expected === 'escalate' ? (v.acuity as 1 | 2) : null,
          candidate: triage(artifact, v.text),
          production: triage(production, v.text),
        }));
        pass = gateExpectation(cases, GATES[gate]);
        verdicts.set(key, pass);
      }
      return pass;
    },
    modelAcuity: (artifact, text) => memo(artifact, text, byArtifact[artifact]),
    ruleAcuity: (text) => memo('rules', text, byRules),
  };
}
