import { createHash } from 'node:crypto';
import type { ArtifactStore } from '../deployment/ArtifactStore.js';
import type { DeploymentConfig } from '../deployment/DeploymentConfig.js';
import type { CallOutcome, ModelCall } from '../deployment/modelCall.js';
import type { Acuity } from '../domain/acuity.js';
import type { Clock } from '../ports/Clock.js';
import { ModelPrediction, type ModelServer } from '../ports/ModelServer.js';
import type { DeploymentRecords, Store } from '../store/Store.js';
import { afterCall, type BreakerRecord, breakerAt, closedBreaker } from './circuitBreaker.js';
import type { ModelHost } from './ModelHost.js';
import { ModelUnavailable } from './ModelUnavailable.js';
import { ResponseCache } from './ResponseCache.js';

/** What the gateway runs on. */
export interface GatewayDeps {
  store: Pick<Store, 'transaction'> & DeploymentRecords;
  clock: Clock;
  artifacts: ArtifactStore;
  host: ModelHost;
  config: DeploymentConfig['serving'];
}

/** Who a call is for, and what the rules said: monitoring records both beside the answer. */
export interface CallContext {
  patientId: string;
  ruleAcuity: Acuity;
}

/** Serves versions: one guarded model server per call. */
export interface ServingGateway {
  serverFor(version: string, context: CallContext): ModelServer;
}

/**
 * Puts every version behind a response cache (keyed by version and input hash), a circuit
 * breaker on the injected clock and a deadline: an answer later than the timeout, thrown,
 * malformed or claiming another version is no answer. Each call is recorded with the version
 * that served it, its latency and its outcome.
 * Why its own small transactions: a call that happened must be counted (for the breaker and
 * the canary analysis) even when the command that asked for it is refused and rolled back.
 */
export function servingGateway(deps: GatewayDeps): ServingGateway {
  const { store, clock, config } = deps;
  const cache = new ResponseCache<ModelPrediction>(config.cacheEntries);
  const servers = new Map<string, ModelServer>();
  // Half-open breakers whose one trial call is in flight: others are refused meanwhile.
  const trials = new Set<string>();
  const record = (breaker: BreakerRecord | null, call: ModelCall) =>
    store.transaction(() => {
      if (breaker) store.putBreaker(breaker);
      store.appendModelCall(call);
    });
  const serverOf = (version: string): ModelServer => {
    const known = servers.get(version);
    // Stryker disable next-line ConditionalExpression: a cache of servers; serving the artifact again answers the same
    if (known) return known;
    const artifact = deps.artifacts.load(version);
    // Stryker disable next-line ConditionalExpression,StringLiteral: only registered, verified versions are routed; a missing artifact fails the call either way
    if (!artifact.ok) throw new Error(`no artifact for ${version}: ${artifact.error.kind}`);
    const server = deps.host.serve(artifact.value);
    servers.set(version, server);
    return server;
  };

  return {
    serverFor(version, context) {
      return {
        async predict(input) {
          // Stryker disable next-line StringLiteral: the digest's bytes key the cache as well as its hex
          const key = `${version}\u0000${createHash('sha256').update(input.text).digest('hex')}`;
          const at = clock.now();
          const call = {
            version,
            patientId: context.patientId,
            at,
            ruleAcuity: context.ruleAcuity,
          };
          const cached = cache.get(key);
          if (cached) {
            record(null, { ...call, latencyMs: 0, outcome: 'cached', modelAcuity: cached.acuity });
            return cached;
          }
          const breaker = breakerAt(
            store.getBreaker(version) ?? closedBreaker(version, at),
            at,
            config,
          );
          // Stryker disable next-line ConditionalExpression: only a half-open breaker's trial is ever in the set, and its record stays open until the trial ends
          if (breaker.state === 'open' || (breaker.state === 'half_open' && trials.has(version))) {
            // Stryker disable next-line StringLiteral: the canary's statistics count only calls that reached a server, so this outcome's name is never read
            record(null, { ...call, latencyMs: 0, outcome: 'short_circuit', modelAcuity: null });
            throw new ModelUnavailable(version, 'short_circuit');
          }
          // Stryker disable next-line ConditionalExpression: a call made while closed ends by its deadline, long before a cooldown could half-open the breaker
          if (breaker.state === 'half_open') trials.add(version);
          const deadline = at + config.timeoutMs;
          let answer: ModelPrediction | null = null;
          let outcome: CallOutcome;
          try {
            const raw = await serverOf(version).predict({ ...input, deadline });
            const parsed = ModelPrediction.safeParse(raw);
            if (clock.now() > deadline) outcome = 'timeout';
            else if (!parsed.success || parsed.data.version !== version) outcome = 'malformed';
            else [outcome, answer] = ['ok', parsed.data];
          } catch {
            outcome = clock.now() > deadline ? 'timeout' : 'error';
          } finally {
            trials.delete(version);
          }
          const done = clock.now();
          record(afterCall(breaker, answer !== null, done, config), {
            ...call,
            latencyMs: done - at,
            outcome,
            modelAcuity: answer?.acuity ?? null,
          });
          if (answer === null) throw new ModelUnavailable(version, outcome);
          cache.set(key, answer);
          return answer;
        },
      };
    },
  };
}
