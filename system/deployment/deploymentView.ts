import type { CommandOf } from '../domain/command.js';
import { ok } from '../domain/result.js';
import { FlagConfig, TRIAGE_FLAG } from '../flags/triageFlag.js';
import type { ActorContext } from '../kernel/CommandContext.js';
import type { Handled } from '../kernel/Handled.js';
import { DEFAULT_GATE_POLICY, type GatePolicy } from '../release/releaseGate.js';
import { type BreakerRecord, breakerAt } from '../serving/circuitBreaker.js';
import type { DeploymentRecords } from '../store/Store.js';
import type { DeploymentConfig } from './DeploymentConfig.js';
import type { ModelAlert } from './modelAlert.js';
import { TRIAGE_MODEL } from './modelDeployment.js';
import type { ModelVersion } from './modelVersion.js';
import { trafficWeights } from './trafficWeights.js';

/** The registry and deployment of the triage model as an ML engineer reads them. */
export interface DeploymentView {
  model: string;
  /** Every version, in the order they were registered. */
  versions: ModelVersion[];
  production: string | null;
  /** Earlier productions a rollback restores, most recent last. */
  previous: string[];
  staging: string | null;
  canary: string | null;
  canaryWeight: number;
  /** Integer percent of traffic per version (the baseline's name before any promotion). */
  weights: Record<string, number>;
  gatePolicy: GatePolicy;
  /** Each called version's circuit breaker as it stands now. */
  breakers: BreakerRecord[];
  alerts: ModelAlert[];
  /** The triage flag as stored (null when never set or unreadable). */
  flag: FlagConfig | null;
}

/** Reads the deployment view from the store at `now`. */
export function deploymentView(
  store: DeploymentRecords,
  now: number,
  config: DeploymentConfig,
): DeploymentView {
  const deployment = store.getDeployment(TRIAGE_MODEL);
  const stored = store.getFlag(TRIAGE_FLAG);
  let flag: FlagConfig | null = null;
  try {
    // Stryker disable next-line ConditionalExpression: JSON.parse of a missing flag throws, and the catch shows none as well
    flag = stored === undefined ? null : (FlagConfig.safeParse(JSON.parse(stored)).data ?? null);
  } catch {
    // Why ignore: an unreadable flag is shown as none, exactly as evaluation treats it.
  }
  return {
    model: TRIAGE_MODEL,
    versions: store.listModelVersions(TRIAGE_MODEL),
    production: deployment?.production ?? null,
    previous: deployment?.previous ?? [],
    staging: deployment?.staging ?? null,
    canary: deployment?.canary ?? null,
    canaryWeight: deployment?.canaryWeight ?? 0,
    weights: trafficWeights(deployment),
    gatePolicy: deployment?.gatePolicy ?? { ...DEFAULT_GATE_POLICY },
    breakers: store.listBreakers().map((b) => breakerAt(b, now, config.serving)),
    alerts: store.listAlerts(TRIAGE_MODEL),
    flag,
  };
}

/** The `readDeployment` command. */
export function readDeployment(
  ctx: ActorContext,
  _cmd: CommandOf<'readDeployment'>,
): Handled<DeploymentView> {
  const view = deploymentView(ctx.store, ctx.now, ctx.config.deployment);
  return { result: ok(view), action: 'R', entity: `Deployment/${TRIAGE_MODEL}` };
}
