import { compileMachine } from '../harness/compileMachine.js';
import type { MachineMove } from '../harness/WorldModel.js';
import { canaryWeightOf } from './deployment.js';
import { BREAKER_EVENTS, type BreakerEvent, breakerMachine } from './deploymentBreaker.js';
import { inCanary, DEPLOYMENT_RULES as RULES } from './deploymentRoster.js';
import {
  type Breaker,
  type DeploymentFacts,
  type DeploymentWorld,
  type ExpectedServing,
  versionIn,
} from './deploymentState.js';

/** The compiled circuit-breaker machine. */
export const breakerModel = compileMachine(breakerMachine, BREAKER_EVENTS);

const expected = (
  flagVariant: ExpectedServing['flagVariant'],
  target: number | null,
  outcome: ExpectedServing['outcome'],
  reaches: boolean,
  modelAcuity: number | null,
): ExpectedServing => ({ flagVariant, target, outcome, reaches, modelAcuity });

const CLOSED: Breaker = { state: 'closed', failures: 0, openedAt: 0 };

const breakerMove = (from: string, event: BreakerEvent, version: number): MachineMove => {
  const { accepted, to } = breakerModel.step(from, event);
  return {
    machine: breakerModel.id,
    from,
    type: event.type,
    accepted,
    to,
    instance: `v${version}`,
  };
};

/** The flag variant messages are served under: anything but a sound `model` flag is rules-only. */
export function flagVariantOf(world: DeploymentWorld): 'rules-only' | 'model' {
  if (world.flagFault !== 'none' || !world.flag?.enabled) return 'rules-only';
  return world.flag.variant;
}

/** Time passes: every open breaker whose cooldown is over becomes half-open. */
export function passTime(
  world: DeploymentWorld,
  ms: number,
  moves: MachineMove[],
): DeploymentWorld {
  const now = world.now + ms;
  let breakers = world.breakers;
  for (let v = 0; v < breakers.length; v++) {
    const b = breakers[v];
    if (b?.state !== 'open' || now < b.openedAt + RULES.cooldownMs) continue;
    moves.push(breakerMove('open', { type: 'COOLDOWN_ELAPSED' }, v));
    if (breakers === world.breakers) breakers = breakers.slice();
    (breakers as Array<Breaker | undefined>)[v] = { ...b, state: 'halfOpen' };
  }
  return { ...world, now, breakers };
}

/**
 * A valid message: routed by the flag and the patient's bucket, answered from the cache, refused
 * by an open breaker, or sent to the version's server, where the waiting fault (if any) strikes.
 */
export function judgeSend(
  world: DeploymentWorld,
  patient: number,
  text: string,
  facts: DeploymentFacts,
  moves: MachineMove[],
): { serving: ExpectedServing; next: DeploymentWorld } {
  const flagVariant = flagVariantOf(world);
  const canary = versionIn(world, 'canary');
  const weight = canary === null ? 0 : canaryWeightOf(world.versions[canary]!.state);
  const target =
    flagVariant === 'model'
      ? canary !== null && inCanary(patient, weight)
        ? canary
        : world.production
      : null;
  if (target === null)
    return { serving: expected(flagVariant, target, 'baseline', false, null), next: world };
  const artifact = world.versions[target]!.artifact;
  if (world.cache[target]?.has(text))
    return {
      serving: expected(flagVariant, target, 'cached', false, facts.modelAcuity(artifact, text)),
      next: world,
    };
  const breaker = world.breakers[target] ?? CLOSED;
  if (breaker.state === 'open') {
    moves.push(breakerMove('open', { type: 'SHORT_CIRCUIT' }, target));
    return { serving: expected(flagVariant, target, 'short_circuit', false, null), next: world };
  }
  const kind = world.fault?.kind;
  const latency = kind === undefined ? 0 : RULES.faultLatencyMs[kind];
  const outcome = kind === undefined || kind === 'slow' ? 'ok' : kind;
  const ok = outcome === 'ok';
  const modelAcuity = ok ? facts.modelAcuity(artifact, text) : null;
  const failures = ok ? 0 : breaker.failures + 1;
  const trips = !ok && (breaker.state === 'halfOpen' || failures >= RULES.failureThreshold);
  moves.push(
    breakerMove(breaker.state, ok ? { type: 'SUCCESS' } : { type: 'FAILURE', trips }, target),
  );
  const breakers = world.breakers.slice();
  breakers[target] = trips
    ? { state: 'open', failures, openedAt: world.now + latency }
    : { state: 'closed', failures, openedAt: 0 };
  const window =
    target === canary
      ? {
          calls: world.window.calls + 1,
          errors: world.window.errors + (ok ? 0 : 1),
          slow: world.window.slow + (latency > RULES.slowCallMs ? 1 : 0),
          disagreements:
            world.window.disagreements +
            (ok && facts.ruleAcuity(text) <= 2 && (modelAcuity ?? 0) >= 3 ? 1 : 0),
        }
      : world.window;
  const fault =
    world.fault && world.fault.calls > 1 ? { ...world.fault, calls: world.fault.calls - 1 } : null;
  let cache = world.cache;
  if (ok) {
    const copy = cache.slice();
    copy[target] = new Set(cache[target]).add(text);
    cache = copy;
  }
  const next = passTime({ ...world, breakers, window, fault, cache }, latency, moves);
  return { serving: expected(flagVariant, target, outcome, true, modelAcuity), next };
}

/** The canary analysis: whether the canary's window breaks a threshold (integer percent). */
export function canaryFails(world: DeploymentWorld): boolean {
  const w = world.window;
  if (w.calls < RULES.minCalls) return false;
  const over = (n: number, max: number) => n * 100 > max * w.calls;
  return (
    over(w.errors, RULES.maxErrorPercent) ||
    over(w.slow, RULES.maxSlowPercent) ||
    over(w.disagreements, RULES.maxDisagreementPercent)
  );
}
