import type { DeploymentWorld } from '../../models/deploymentState.js';
import type { DeploymentStep } from '../../models/deploymentStep.js';
import { deploymentCatalog } from './deploymentArtifacts.js';
import { systemVersionState } from './systemVersionState.js';

/** What a client reads from a refusal besides its code: which entity, and in what state. */
export interface ExpectedError {
  entity: string;
  /** Only for `invalid_state`. */
  status?: string;
}

const DEPLOYMENT = 'Deployment/triage';

/**
 * The entity and status a refused deployment step must name, worked out from the world: the
 * version's own state, or why the deployment as a whole refuses (a rollout already active,
 * nothing to roll back to, the canary at its last step). Null for messages, whose refusals
 * name no entity.
 */
export function expectedDeploymentError(
  world: DeploymentWorld,
  step: DeploymentStep,
  code: string,
  versions: readonly string[],
): ExpectedError | null {
  if (step.type === 'REGISTER') {
    const id = deploymentCatalog().artifacts[step.artifact].version;
    const existing = world.versions.find((v) => v.artifact === step.artifact);
    if (existing)
      return { entity: `ModelVersion/${id}`, status: systemVersionState(existing.state) };
    return { entity: `ModelArtifact/${id}` };
  }
  if (!('version' in step)) return null;
  const entity = `ModelVersion/${versions[step.version]}`;
  if (code !== 'invalid_state') return { entity };
  const state = world.versions[step.version]!.state;
  if (step.type === 'STAGE' && state === 'validated')
    return { entity: DEPLOYMENT, status: 'rollout_active' };
  // Why any canary state: the machine refuses INCREASE in a canary only at its last step.
  if (step.type === 'INCREASE' && state.startsWith('canary'))
    return { entity, status: 'canary_at_last_step' };
  if (step.type === 'ROLLBACK' && state === 'production')
    return { entity: DEPLOYMENT, status: 'no_previous_version' };
  return { entity, status: systemVersionState(state) };
}
