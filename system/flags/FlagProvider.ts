/** Who a flag is evaluated for (OpenFeature's evaluation context). */
export interface EvaluationContext {
  /** The patient the answer is for; flags may target by it. */
  targetingKey?: string;
}

/**
 * Where flag configurations come from (OpenFeature's provider). It may throw or answer
 * anything; `evaluateFlag` turns every such failure into the caller's default.
 */
export interface FlagProvider {
  /** The raw configuration of a flag, or undefined when there is none. */
  resolve(flagKey: string, context: EvaluationContext): unknown;
}

/** A provider reading flags from the store, where `setFlag` writes them. */
export function storeFlagProvider(store: {
  getFlag(key: string): string | undefined;
}): FlagProvider {
  return {
    resolve(flagKey) {
      const raw = store.getFlag(flagKey);
      return raw === undefined ? undefined : JSON.parse(raw);
    },
  };
}
