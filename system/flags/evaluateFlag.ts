import type { EvaluationContext, FlagProvider } from './FlagProvider.js';
import { FlagConfig, type TriageVariant } from './triageFlag.js';

/** Why an evaluation answered what it did, after OpenFeature's resolution reasons. */
export type ResolutionReason = 'STATIC' | 'DISABLED' | 'ERROR';

/** OpenFeature's error codes, for the evaluations that fell back to the default. */
export type FlagErrorCode = 'FLAG_NOT_FOUND' | 'PARSE_ERROR' | 'TYPE_MISMATCH' | 'GENERAL';

/** An evaluation's answer with its reason (OpenFeature's evaluation details). */
export interface EvaluationDetails {
  flagKey: string;
  value: TriageVariant;
  reason: ResolutionReason;
  errorCode?: FlagErrorCode;
  errorMessage?: string;
}

/**
 * Evaluates a flag with OpenFeature's semantics: it never throws, and a flag that is missing,
 * malformed or whose provider fails answers `defaultValue` with reason ERROR; a disabled flag
 * answers `defaultValue` with reason DISABLED.
 */
export function evaluateFlag(
  provider: FlagProvider,
  flagKey: string,
  defaultValue: TriageVariant,
  context: EvaluationContext,
): EvaluationDetails {
  const fallback = (errorCode: FlagErrorCode, errorMessage: string): EvaluationDetails => ({
    flagKey,
    value: defaultValue,
    reason: 'ERROR',
    errorCode,
    errorMessage,
  });
  try {
    const raw = provider.resolve(flagKey, context);
    if (raw === undefined) return fallback('FLAG_NOT_FOUND', `no flag ${flagKey}`);
    if (typeof raw !== 'object' || raw === null) return fallback('PARSE_ERROR', 'not an object');
    const parsed = FlagConfig.safeParse(raw);
    if (!parsed.success) return fallback('TYPE_MISMATCH', parsed.error.issues[0]?.message ?? '');
    if (!parsed.data.enabled) return { flagKey, value: defaultValue, reason: 'DISABLED' };
    return { flagKey, value: parsed.data.variant, reason: 'STATIC' };
  } catch (e) {
    // Why catch everything (the provider, and getters on what it answered): a broken flag
    // source must never break triage, only keep the models out of it.
    return fallback('GENERAL', e instanceof Error ? e.message : 'the provider failed');
  }
}
