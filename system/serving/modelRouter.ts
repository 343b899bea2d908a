import { TRIAGE_MODEL } from '../deployment/modelDeployment.js';
import { trafficBucket } from '../deployment/trafficBucket.js';
import { servingVersion } from '../deployment/trafficWeights.js';
import type { Acuity } from '../domain/acuity.js';
import { evaluateFlag } from '../flags/evaluateFlag.js';
import type { FlagProvider } from '../flags/FlagProvider.js';
import { TRIAGE_FLAG, type TriageVariant } from '../flags/triageFlag.js';
import type { ModelServer } from '../ports/ModelServer.js';
import type { DeploymentRecords } from '../store/Store.js';
import type { ServingGateway } from './servingGateway.js';

/** What routing knows of a message: whose it is and what the rules made of it. */
export interface RouteRequest {
  patientId: string;
  ruleAcuity: Acuity;
}

/** The model that answers one message, and the flag variant that chose it. */
export interface Routed {
  modelServer: ModelServer;
  flagVariant: string;
}

/** What the router reads. */
export interface RouterDeps {
  store: Pick<DeploymentRecords, 'getDeployment'>;
  flags: FlagProvider;
  /** What the flag answers when it cannot be evaluated: the rules-only baseline. */
  flagDefault: TriageVariant;
  baseline: ModelServer;
  gateway: ServingGateway;
}

/**
 * Picks the model for a message: the triage flag first (anything but `model` keeps the
 * baseline), then the deployment's traffic split by the patient's sticky bucket: below the
 * canary weight the canary, otherwise production, or the baseline before any promotion.
 */
export function modelRouter(deps: RouterDeps): (request: RouteRequest) => Routed {
  return ({ patientId, ruleAcuity }) => {
    // Stryker disable next-line ObjectLiteral: the triage flag has no per-patient targeting rules, the only reader of the key
    const flag = evaluateFlag(deps.flags, TRIAGE_FLAG, deps.flagDefault, {
      targetingKey: patientId,
    });
    if (flag.value !== 'model') return { modelServer: deps.baseline, flagVariant: flag.value };
    const deployment = deps.store.getDeployment(TRIAGE_MODEL);
    const version = servingVersion(deployment, trafficBucket(patientId));
    return {
      modelServer:
        version === null
          ? deps.baseline
          : deps.gateway.serverFor(version, { patientId, ruleAcuity }),
      flagVariant: flag.value,
    };
  };
}
