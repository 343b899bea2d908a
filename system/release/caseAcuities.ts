import { type Acuity, moreUrgent } from '../domain/acuity.js';
import { predict } from '../ml/predict.js';
import type { TriageModelArtifact } from '../ml/triageModelArtifact.js';
import { evaluateRedFlags } from '../triage/evaluateRedFlags.js';
import type { RedFlagRule } from '../triage/redFlagRules.js';
import type { ReferenceCase } from './ReferenceCase.js';

type Cases = readonly ReferenceCase[];
// Why caches: a version's answers on a set never change (its name is its content's hash),
// and validating is asked again and again in a run; a set is read once, so it keys by identity.
const byRules = new WeakMap<Cases, WeakMap<readonly RedFlagRule[], Acuity[]>>();
const byModel = new WeakMap<Cases, Map<string, Acuity[]>>();

function cached<K, V>(
  map: { get(k: K): V | undefined; set(k: K, v: V): unknown },
  key: K,
  make: () => V,
): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

/**
 * The acuity each case gets from the rules with a model on top, as triage gives it: the model
 * may only raise urgency. A null model is the rules alone (no production version yet).
 */
export function caseAcuities(
  cases: Cases,
  rules: readonly RedFlagRule[],
  model: TriageModelArtifact | null,
): Acuity[] {
  const ruleAcuities = cached(
    cached(byRules, cases, () => new WeakMap()),
    rules,
    () => cases.map((c) => evaluateRedFlags(c.text, rules).acuity),
  );
  if (model === null) return ruleAcuities;
  const modelAcuities = cached(
    cached(byModel, cases, () => new Map()),
    model.version,
    () => cases.map((c) => predict(model, c.text).acuity),
  );
  return ruleAcuities.map((acuity, i) => moreUrgent(acuity, modelAcuities[i]!));
}
