import { check } from '../../harness/InvariantViolation.js';
import type { DeploymentVerdict, DeploymentWorld } from '../../models/deploymentState.js';
import type { DeploymentStep } from '../../models/deploymentStep.js';
import type { CommandError } from '../../system/index.js';
import { expectedDeploymentError } from './expectedDeploymentError.js';

/**
 * A refused step's error against the model: its code, and what an engineer's console reads
 * from it (the entity, the status it is in, a failed gate's reasons).
 */
export function checkDeploymentRefusal(
  error: CommandError,
  verdict: DeploymentVerdict,
  world: DeploymentWorld,
  step: DeploymentStep,
  versions: readonly string[],
  i: number,
): void {
  const shown = () => JSON.stringify(error);
  check(error.code === verdict.rejection, 'model', i, () => {
    return `expected error ${verdict.rejection}, got ${shown()}`;
  });
  const expected = expectedDeploymentError(world, step, error.code, versions);
  if (expected === null) return;
  const actual = error as { entity?: string; status?: string; reasons?: unknown };
  check(
    actual.entity === expected.entity && actual.status === expected.status,
    'model',
    i,
    () =>
      `expected ${error.code} on ${expected.entity} (${expected.status ?? 'no status'}), got ${shown()}`,
  );
  if (error.code === 'gate_failed')
    check(error.reasons.length > 0, 'model', i, () => `a failed gate gave no reason: ${shown()}`);
}
