import { check } from '../../harness/InvariantViolation.js';
import { canaryWeightOf } from '../../models/deployment.js';
import { type DeploymentWorld, versionIn } from '../../models/deploymentState.js';
import type { DeploymentView } from '../../system/index.js';
import { systemVersionState as systemState } from './systemVersionState.js';

const BREAKER_STATES = { closed: 'closed', open: 'open', halfOpen: 'half_open' } as const;

/**
 * Invariants 10-12 and 23 after every step: exactly one production version once one was
 * promoted; integer weights summing to 100, with canary weight only during a rollout; every
 * version, the canary and its weight, production and the rollback stack, the alerts and every
 * circuit breaker where the deployment and breaker machines say they are.
 */
export function checkDeploymentState(
  view: DeploymentView,
  world: DeploymentWorld,
  versions: readonly string[],
  i: number,
): void {
  const name = (v: number | null) => (v === null ? null : versions[v]!);
  const production = view.versions.filter((v) => v.state === 'production').map((v) => v.version);
  const expectedProduction = name(world.production);
  check(
    production.length === (expectedProduction === null ? 0 : 1) &&
      view.production === (production[0] ?? null),
    '10',
    i,
    () => `versions in production: [${production.join(', ')}], deployment says ${view.production}`,
  );
  const weights = Object.values(view.weights);
  check(
    weights.every((w) => Number.isInteger(w) && w >= 0 && w <= 100) &&
      weights.reduce((a, b) => a + b, 0) === 100,
    '11',
    i,
    () => `traffic weights ${JSON.stringify(view.weights)} are not integers summing to 100`,
  );
  const inCanary = view.versions.filter((v) => v.state === 'canary').map((v) => v.version);
  check(
    view.canaryWeight > 0 === (view.canary !== null) &&
      (view.canary === null ? inCanary.length === 0 : inCanary.join() === view.canary),
    '11',
    i,
    () =>
      `canary weight ${view.canaryWeight} for ${view.canary}, versions in canary: [${inCanary.join(', ')}]`,
  );
  const canary = versionIn(world, 'canary');
  const weight = canary === null ? 0 : canaryWeightOf(world.versions[canary]!.state);
  check(
    view.production === expectedProduction &&
      view.canary === name(canary) &&
      view.canaryWeight === weight &&
      view.staging === name(versionIn(world, 'staging')) &&
      view.previous.join() === world.previous.map((v) => versions[v]).join(),
    '12',
    i,
    () =>
      `deployment is production ${view.production}, canary ${view.canary} at ${view.canaryWeight}%, staging ${view.staging}, previous [${view.previous.join(', ')}]; expected ${expectedProduction}, ${name(canary)} at ${weight}%, ${name(versionIn(world, 'staging'))}, [${world.previous.map((v) => versions[v]).join(', ')}]`,
  );
  world.versions.forEach((v, k) => {
    const actual = view.versions[k];
    check(
      actual !== undefined &&
        actual.version === versions[k] &&
        actual.state === systemState(v.state),
      '12',
      i,
      () => `v${k} (${versions[k]}) is ${actual?.state}, expected ${systemState(v.state)}`,
    );
  });
  check(
    view.versions.length === world.versions.length && view.alerts.length === world.alerts,
    '12',
    i,
    () =>
      `${view.versions.length} versions and ${view.alerts.length} alerts, expected ${world.versions.length} and ${world.alerts}`,
  );
  check(
    JSON.stringify(view.flag) === JSON.stringify(world.flag),
    'model',
    i,
    () =>
      `the triage flag is stored as ${JSON.stringify(view.flag)}, expected ${JSON.stringify(world.flag)}`,
  );
  const breakers = new Map(view.breakers.map((b) => [b.version, b]));
  versions.forEach((version, k) => {
    const expected = world.breakers[k];
    const actual = breakers.get(version);
    const want = expected ? BREAKER_STATES[expected.state] : 'closed';
    check(
      (actual?.state ?? 'closed') === want && (actual?.failures ?? 0) === (expected?.failures ?? 0),
      '23',
      i,
      () =>
        `breaker of v${k} is ${actual?.state ?? 'closed'} after ${actual?.failures ?? 0} failures, expected ${want} after ${expected?.failures ?? 0}`,
    );
  });
}
