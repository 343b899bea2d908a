import { hash } from 'node:crypto';
import { type Acuity, ESCALATION_ACUITY, moreUrgent } from '../domain/acuity.js';
import { ModelPrediction, type ModelServer } from '../ports/ModelServer.js';
import type { Routed, RouteRequest } from '../serving/modelRouter.js';
import { ADVICE, type Disposition, dispositionOf, needsApproval } from './disposition.js';
import { emergencyAdvice } from './emergencyAdvice.js';
import { evaluateRedFlags } from './evaluateRedFlags.js';
import type { RedFlagRule } from './redFlagRules.js';
import type { RuleHit } from './ruleVerdict.js';

/** What triage needs: the safety rules, and the router that picks each message's model. */
export interface TriageDeps {
  redFlagRules: readonly RedFlagRule[];
  /** Picks the model and flag variant per message (the deployment's router). */
  route: (request: RouteRequest) => Routed;
}

/** The triage of one message, before it is stored as an assessment. */
export interface Triage {
  acuity: Acuity;
  ruleAcuity: Acuity;
  modelAcuity: Acuity | null;
  ruleHits: RuleHit[];
  rationale: string;
  confidence: number;
  modelVersion: string;
  flagVariant: string;
  inputsHash: string;
  degraded: boolean;
  needsReview: boolean;
  disposition: Disposition;
  advice: string;
  escalate: boolean;
}

/** The model version recorded when no model answered. */
export const NO_MODEL_VERSION = 'none (model unavailable)';

/**
 * Triages a message: the red-flag rules always run, the model may only make the answer more
 * urgent, and a model that fails in any way leaves a degraded, nurse-reviewed answer.
 */
export async function assessMessage(
  text: string,
  patientId: string,
  deps: TriageDeps,
): Promise<Triage> {
  const rules = evaluateRedFlags(text, deps.redFlagRules);
  const { modelServer, flagVariant } = deps.route({ patientId, ruleAcuity: rules.acuity });
  const prediction = await predictSafely(modelServer, text, patientId);
  const degraded = prediction === null;
  const acuity = degraded ? rules.acuity : moreUrgent(rules.acuity, prediction.acuity);
  const disposition = dispositionOf(acuity, degraded);
  const families = rules.hits.map((hit) => hit.family);
  const modelVersion = prediction?.version ?? NO_MODEL_VERSION;
  return {
    acuity,
    ruleAcuity: rules.acuity,
    modelAcuity: prediction?.acuity ?? null,
    ruleHits: rules.hits,
    rationale: prediction
      ? `Rules: ${rules.rationale} Model: ${prediction.rationale}`
      : `Rules: ${rules.rationale} Model unavailable: routed to a nurse.`,
    confidence: prediction?.confidence ?? 0,
    modelVersion,
    flagVariant,
    inputsHash: hash('sha256', JSON.stringify([text, modelVersion, flagVariant]), 'hex'),
    degraded,
    needsReview: needsApproval(acuity, degraded),
    disposition,
    advice: acuity <= 2 ? emergencyAdvice(acuity as 1 | 2, families) : ADVICE[disposition],
    // Any rule hit is at acuity 2 or less (see RedFlagRule), so this escalates every red flag.
    escalate: acuity <= ESCALATION_ACUITY,
  };
}

async function predictSafely(
  modelServer: ModelServer,
  text: string,
  patientId: string,
): Promise<ModelPrediction | null> {
  try {
    const parsed = ModelPrediction.safeParse(await modelServer.predict({ text, patientId }));
    return parsed.success ? parsed.data : null;
  } catch {
    // Why swallow: any model failure is an expected fault here, answered by degrading.
    return null;
  }
}
