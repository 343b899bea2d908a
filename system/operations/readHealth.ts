import type { DeploymentConfig } from '../deployment/DeploymentConfig.js';
import { deploymentView } from '../deployment/deploymentView.js';
import type { Store } from '../store/Store.js';
import type { Check, SystemHealth } from './SystemHealth.js';

/**
 * Probes the database (a read, then a committed write) and reads the model serving state at
 * `now`. Never throws: a failed probe is a check that says why.
 */
export function readHealth(store: Store, now: number, config: DeploymentConfig): SystemHealth {
  const read = attempt(() => store.probeRead());
  const write = attempt(() => store.probeWrite(now));
  let model: SystemHealth['model'] = { production: null, serving: [] };
  if (read.ok) {
    const view = deploymentView(store, now, config);
    const breakers = new Map(view.breakers.map((b) => [b.version, b.state]));
    model = {
      production: view.production,
      serving: Object.entries(view.weights)
        .filter(([, weight]) => weight > 0)
        .map(([version, weight]) => ({
          version,
          weight,
          // Why closed for a version never called: a breaker opens only on failed calls.
          breaker: breakers.get(version) ?? 'closed',
        })),
    };
  }
  return { database: { read, write }, model };
}

function attempt(probe: () => void): Check {
  try {
    probe();
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}
