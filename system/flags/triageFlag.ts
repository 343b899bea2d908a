import { z } from 'zod';

/** The flag that decides whether trained models triage at all. */
export const TRIAGE_FLAG = 'triage-model';

/** What the triage flag may answer: the rule-based baseline only, or the deployed models. */
export const TriageVariant = z.enum(['rules-only', 'model']);
export type TriageVariant = z.infer<typeof TriageVariant>;

/** The answer whenever the flag is off, missing or broken: triage by the baseline alone. */
export const SAFE_TRIAGE_VARIANT: TriageVariant = 'rules-only';

/** A flag as stored: on or off, and the variant it serves when on. */
export const FlagConfig = z.object({ enabled: z.boolean(), variant: TriageVariant });
export type FlagConfig = z.infer<typeof FlagConfig>;
