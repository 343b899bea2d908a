import type { Verdict } from '../harness/WorldModel.js';
import type {
  ArtifactName,
  FlagFaultKind,
  GateName,
  ModelFaultKind,
  TrainedArtifact,
} from './deploymentStep.js';

/**
 * What the deployment world must be told about its artifacts, since the model never runs
 * the system: whether each passes the gate under a policy, what each answers for a text, and
 * what the rule engine says of it. The property supplies these; the model stays pure.
 */
export interface DeploymentFacts {
  /**
   * Whether the artifact passes the release gate under a policy, judged beside the production
   * artifact (null: the rules alone) on the reference set.
   */
  passesGate(artifact: ArtifactName, gate: GateName, production: ArtifactName | null): boolean;
  modelAcuity(artifact: ArtifactName, text: string): number;
  ruleAcuity(text: string): number;
}

/** A version's circuit breaker as the model sees it. */
export interface Breaker {
  state: 'closed' | 'open' | 'halfOpen';
  failures: number;
  openedAt: number;
}

/** The calls that reached the canary since its rollout began: what its analysis judges. */
export interface CanaryWindow {
  calls: number;
  errors: number;
  slow: number;
  disagreements: number;
}

/** The deployment as the model sees it. Time is in ms since the run began. */
export interface DeploymentWorld {
  now: number;
  trained: readonly TrainedArtifact[];
  /** Registered versions in order, each in its deployment-machine state. */
  versions: ReadonlyArray<{ artifact: ArtifactName; state: string }>;
  production: number | null;
  /** Earlier productions a rollback restores, most recent last. */
  previous: readonly number[];
  gate: GateName;
  flag: { enabled: boolean; variant: 'rules-only' | 'model' } | null;
  flagFault: FlagFaultKind;
  /** The fault waiting at the model server port, for this many more calls. */
  fault: { kind: ModelFaultKind; calls: number } | null;
  /** By version index; a version never called has a closed breaker. */
  breakers: ReadonlyArray<Breaker | undefined>;
  window: CanaryWindow;
  /** The texts whose answers are in the response cache, by version index. */
  cache: ReadonlyArray<ReadonlySet<string> | undefined>;
  alerts: number;
}

/** How a message must be served. */
export interface ExpectedServing {
  flagVariant: 'rules-only' | 'model';
  /** The version routed to, or null for the rules-only baseline. */
  target: number | null;
  outcome: 'baseline' | 'ok' | 'cached' | 'short_circuit' | 'error' | 'timeout' | 'malformed';
  /** Whether the call reaches the version's model server. */
  reaches: boolean;
  /** The model's answer, when a version answered (from its server or the cache). */
  modelAcuity: number | null;
}

/** The model's expectation for a deployment step, and the world after it. */
export interface DeploymentVerdict extends Verdict {
  /** The error code the system must answer with when the step is refused. */
  rejection: string | null;
  /** For a message: how it must be served. */
  serving: ExpectedServing | null;
  next: DeploymentWorld;
}

/** The version in a state (prefix, so `canary` finds `canary.w25`), or null. */
export function versionIn(world: DeploymentWorld, state: string): number | null {
  for (let i = 0; i < world.versions.length; i++)
    if (world.versions[i]!.state.startsWith(state)) return i;
  return null;
}

/** The empty window of a new canary. */
export const EMPTY_WINDOW: CanaryWindow = { calls: 0, errors: 0, slow: 0, disagreements: 0 };
