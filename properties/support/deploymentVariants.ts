import { type BreakerRecord, RED_FLAG_RULES, type SqliteStore } from '../../system/index.js';
import type { DeploymentPorts } from './deploymentSystem.js';

/**
 * Deliberately broken systems, each built by wrapping a port or changing one setting, that
 * the deployment property must catch. Each names the invariant it breaks.
 */
export const DEPLOYMENT_VARIANTS: Record<string, (store: SqliteStore) => DeploymentPorts> = {
  /** Invariant 1: the rules no longer know stroke, and nothing else is sure to catch it. */
  'rules-miss-stroke': (store) => ({
    store,
    redFlagRules: RED_FLAG_RULES.filter((r) => r.family !== 'stroke'),
  }),
  /** Invariant 4: the model server port gets no deadline, so a late answer is served. */
  'no-deadline': (store) => ({ store, serving: { timeoutMs: Number.MAX_SAFE_INTEGER } }),
  /** Invariant 10: a promotion moves traffic but never marks the version as in production. */
  'promotion-loses-production': (store) => ({
    store: {
      ...store,
      updateModelVersion: (v) =>
        store.updateModelVersion(
          v.state === 'production' ? { ...v, state: 'canary', history: v.history.slice(0, -1) } : v,
        ),
    },
  }),
  /** Invariant 11: an aborted rollout keeps its canary weight. */
  'abort-keeps-canary-weight': (store) => ({
    store: {
      ...store,
      putDeployment: (d) => {
        const before = store.getDeployment(d.model);
        const aborted =
          before?.canary != null && d.canary === null && d.production === before.production;
        store.putDeployment(aborted ? { ...d, canaryWeight: before.canaryWeight } : d);
      },
    },
  }),
  /** Invariant 12: the canary analysis never sees a call, so a failing canary rolls on. */
  'analysis-blind': (store) => ({
    store: { ...store, callStats: () => ({ calls: 0, errors: 0, slow: 0, disagreements: 0 }) },
  }),
  /**
   * Invariant 13: routing reads a stale copy of the deployment (a lagging replica), in which
   * the production a promotion replaced still serves; commands read the real one.
   */
  'promotion-keeps-old-serving': (store) => ({
    store: {
      ...store,
      getDeployment: (model) => {
        const d = store.getDeployment(model);
        return store.db.inTransaction || !d ? d : { ...d, production: d.previous.at(-1) ?? null };
      },
    },
  }),
  /** Invariant 14: a flag that is missing or cannot be evaluated turns the models on. */
  'unsafe-flag-default': (store) => ({ store, flagDefault: 'model' }),
  /**
   * Invariant 23 across a restart: breakers are written to the store but read from process
   * memory, so a restarted process finds every breaker closed, open ones included.
   */
  'breaker-forgets-on-restart': (store) => {
    const held = new Map<string, BreakerRecord>();
    return {
      store: {
        ...store,
        putBreaker: (breaker) => {
          held.set(breaker.version, breaker);
          store.putBreaker(breaker);
        },
        getBreaker: (version) => held.get(version),
      },
      onProcessStart: () => held.clear(),
    };
  },
  /** Invariant 23: an open breaker reads as cooled down, so calls go through while it is open. */
  'breaker-lets-calls-through': (store) => ({
    store: {
      ...store,
      getBreaker: (version) => {
        const b = store.getBreaker(version);
        return b?.state === 'open' ? { ...b, openedAt: Number.MIN_SAFE_INTEGER } : b;
      },
    },
  }),
};
