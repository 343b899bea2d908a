import type { ArtifactStore } from '../deployment/ArtifactStore.js';
import type { DeploymentConfig } from '../deployment/DeploymentConfig.js';
import { directoryArtifactStore } from '../deployment/directoryArtifactStore.js';
import { type FlagProvider, storeFlagProvider } from '../flags/FlagProvider.js';
import { SAFE_TRIAGE_VARIANT, type TriageVariant } from '../flags/triageFlag.js';
import type { Clock } from '../ports/Clock.js';
import type { ModelServer } from '../ports/ModelServer.js';
import { fileReferenceSet } from '../release/fileReferenceSet.js';
import type { ReferenceSet } from '../release/ReferenceSet.js';
import type { Store } from '../store/Store.js';
import { artifactModelHost, type ModelHost } from './ModelHost.js';
import { modelRouter, type Routed, type RouteRequest } from './modelRouter.js';
import { servingGateway } from './servingGateway.js';

/** How a system serves its trained versions; every part has a default. */
export interface DeploymentOptions {
  /** Where registered versions come from; defaults to the `artifacts/` folder. */
  artifacts?: ArtifactStore;
  /** What runs an artifact; defaults to scoring in this process. */
  modelHost?: ModelHost;
  /** Where flags are read; defaults to the flags `setFlag` stores. */
  flagProvider?: FlagProvider;
  /**
   * The triage flag's answer when it is off or cannot be evaluated: rules-only. Replaceable
   * only so tests can prove an unsafe default is caught.
   */
  flagDefault?: TriageVariant;
  /** What a version is judged on before it leaves validation; defaults to the locked vignettes. */
  referenceSet?: () => ReferenceSet;
}

/** The serving parts a system is built with: its artifact store and its model router. */
export interface Serving {
  artifacts: ArtifactStore;
  referenceSet: () => ReferenceSet;
  route(request: RouteRequest): Routed;
}

/** Builds the serving side: gateway (cache, breaker, deadline, telemetry) behind the router. */
export function createServing(
  ports: { store: Store; clock: Clock; config: DeploymentConfig; baseline: ModelServer },
  options: DeploymentOptions = {},
): Serving {
  // Stryker disable next-line StringLiteral: the default folder is the production server's; every test passes its own store
  const artifacts = options.artifacts ?? directoryArtifactStore('artifacts');
  const gateway = servingGateway({
    store: ports.store,
    clock: ports.clock,
    artifacts,
    host: options.modelHost ?? artifactModelHost,
    config: ports.config.serving,
  });
  const route = modelRouter({
    store: ports.store,
    flags: options.flagProvider ?? storeFlagProvider(ports.store),
    flagDefault: options.flagDefault ?? SAFE_TRIAGE_VARIANT,
    baseline: ports.baseline,
    gateway,
  });
  const referenceSet =
    // Stryker disable next-line StringLiteral: the default file is the production server's; every test passes its own set
    options.referenceSet ?? fileReferenceSet('clinical/vignettes/locked.jsonl');
  return { artifacts, referenceSet, route };
}
