import { DEPLOYMENT_RULES as RULES } from '../../models/deploymentRoster.js';
import type { FlagFaultKind, TrainedArtifact } from '../../models/deploymentStep.js';
import {
  type ArtifactStore,
  artifactModelHost,
  createSystem,
  type DeploymentConfig,
  type DeploymentOptions,
  type RedFlagRule,
  type Store,
  type System,
  type SystemConfig,
  seededIds,
  storeFlagProvider,
  VirtualClock,
} from '../../system/index.js';
import { deploymentCatalog } from './deploymentArtifacts.js';
import { faultyFlagProvider, ModelFaults } from './deploymentFaults.js';
import { TEST_BOOTSTRAP_TOKEN, TEST_PASSWORD_COST } from './signUp.js';

/** The system configuration of the deployment world's rules. */
export const DEPLOYMENT_SYSTEM_CONFIG: Partial<SystemConfig> = {
  passwordCost: TEST_PASSWORD_COST,
  // Why a year: clock steps and slow models must not end sessions; expiry has its own property.
  sessionTtlMs: 365 * 86_400_000,
  deployment: {
    canarySteps: [...RULES.canarySteps],
    serving: {
      timeoutMs: RULES.timeoutMs,
      failureThreshold: RULES.failureThreshold,
      cooldownMs: RULES.cooldownMs,
      cacheEntries: 1000,
    },
    analysis: {
      minCalls: RULES.minCalls,
      slowCallMs: RULES.slowCallMs,
      maxErrorPercent: RULES.maxErrorPercent,
      maxSlowPercent: RULES.maxSlowPercent,
      maxDisagreementPercent: RULES.maxDisagreementPercent,
    },
  },
};

/** What a broken variant may change about the system a trace runs on. */
export interface DeploymentPorts {
  store: Store;
  redFlagRules?: readonly RedFlagRule[];
  serving?: Partial<DeploymentConfig['serving']>;
  flagDefault?: DeploymentOptions['flagDefault'];
  /** Called as each process starts: a variant's process-held state is lost there. */
  onProcessStart?: () => void;
}

/** A system wired for a deployment trace, with the handles its steps pull. */
export interface DeploymentRig {
  /** The system of the running process; a restart replaces it. */
  readonly system: System;
  /**
   * Replaces the process: a new system over the same database, clock and fault ports, so
   * what the old one held only in memory (the response cache, half-open trials) is gone.
   */
  restart(): void;
  clock: VirtualClock;
  faults: ModelFaults;
  flagFault: { kind: FlagFaultKind };
  /** The in-process artifacts trained so far in this run; the others are not in the store. */
  trained: Set<TrainedArtifact>;
}

/**
 * Builds the system a trace runs on: the deployment world's rules, the catalog's artifacts
 * (the trained ones only once trained), and model and flag faults injected at their ports.
 */
export function deploymentRig(ports: DeploymentPorts, seed: number): DeploymentRig {
  const clock = new VirtualClock();
  const faults = new ModelFaults(clock);
  const flagFault = { kind: 'none' as FlagFaultKind };
  const trained = new Set<TrainedArtifact>();
  const catalog = deploymentCatalog();
  const untrained = (version: string) =>
    (['retrained', 'tiny'] as const).some(
      (name) => catalog.artifacts[name].version === version && !trained.has(name),
    );
  const artifacts: ArtifactStore = {
    load: (version) =>
      untrained(version) ? { ok: false, error: { kind: 'missing' } } : catalog.store.load(version),
  };
  const base = DEPLOYMENT_SYSTEM_CONFIG.deployment!;
  // Why a seed per process: a restarted process must not hand out the ids of the first.
  const start = (processes: number) => {
    ports.onProcessStart?.();
    return createSystem({
      store: ports.store,
      clock,
      ids: seededIds(seed + 104_729 * processes),
      bootstrapToken: TEST_BOOTSTRAP_TOKEN,
      ...(ports.redFlagRules ? { redFlagRules: ports.redFlagRules } : {}),
      config: {
        ...DEPLOYMENT_SYSTEM_CONFIG,
        deployment: { ...base, serving: { ...base.serving, ...ports.serving } },
      },
      deployment: {
        artifacts,
        modelHost: faults.host(artifactModelHost),
        flagProvider: faultyFlagProvider(storeFlagProvider(ports.store), flagFault),
        ...(ports.flagDefault ? { flagDefault: ports.flagDefault } : {}),
      },
    });
  };
  let processes = 0;
  let system = start(processes);
  return {
    get system() {
      return system;
    },
    restart() {
      system = start(++processes);
    },
    clock,
    faults,
    flagFault,
    trained,
  };
}
