import { DEPLOYMENT_RULES } from '../../models/deploymentRoster.js';
import type { FlagFaultKind, ModelFaultKind } from '../../models/deploymentStep.js';
import type { FlagProvider, ModelHost, VirtualClock } from '../../system/index.js';

/**
 * Model faults injected at the model server port: a fault waits for the next calls that reach
 * any version's server. A slow or timed-out server moves the virtual clock while it "works";
 * a timed-out one answers, too late. Counts the calls that reach each version (invariant 23).
 */
export class ModelFaults {
  #pending: { kind: ModelFaultKind; calls: number } | null = null;
  readonly #calls = new Map<string, number>();
  /** Whether a version's breaker is open right now, as stored; set by the run. */
  breakerOpen: (version: string) => boolean = () => false;
  /** Versions a call reached while their breaker was open (invariant 23: must stay empty). */
  readonly callsWhileOpen: string[] = [];

  constructor(private readonly clock: VirtualClock) {}

  /** The next `calls` calls to reach a model server meet this fault. */
  inject(kind: ModelFaultKind, calls: number): void {
    this.#pending = { kind, calls };
  }

  /** How many calls reached a version's server so far. */
  callsTo(version: string): number {
    return this.#calls.get(version) ?? 0;
  }

  /** Wraps a host so that every server it runs is subject to the injected faults. */
  host(inner: ModelHost): ModelHost {
    return {
      serve: (artifact) => {
        const server = inner.serve(artifact);
        return {
          predict: async (input) => {
            this.#calls.set(artifact.version, this.callsTo(artifact.version) + 1);
            if (this.breakerOpen(artifact.version)) this.callsWhileOpen.push(artifact.version);
            const fault = this.#take();
            if (fault === null) return server.predict(input);
            this.clock.advance(DEPLOYMENT_RULES.faultLatencyMs[fault]);
            if (fault === 'error') throw new Error('injected model server error');
            if (fault === 'malformed') return { acuity: 9, confidence: 'high', version: 7 };
            return server.predict(input);
          },
        };
      },
    };
  }

  #take(): ModelFaultKind | null {
    const pending = this.#pending;
    if (pending === null) return null;
    this.#pending = pending.calls > 1 ? { ...pending, calls: pending.calls - 1 } : null;
    return pending.kind;
  }
}

/** A flag provider that throws or answers garbage while a flag fault is injected. */
export function faultyFlagProvider(
  inner: FlagProvider,
  fault: { kind: FlagFaultKind },
): FlagProvider {
  return {
    resolve(flagKey, context) {
      if (fault.kind === 'throw') throw new Error('injected flag store outage');
      if (fault.kind === 'garbage') return '{"enabled": tru';
      return inner.resolve(flagKey, context);
    },
  };
}
