import { z } from 'zod';
import { Acuity } from '../domain/acuity.js';
import { RedFlagFamily } from './redFlagFamily.js';

/** One red-flag family the rules found in a message, with the words or findings behind it. */
export const RuleHit = z.object({
  family: RedFlagFamily,
  acuity: Acuity,
  matched: z.string(),
});
export type RuleHit = z.infer<typeof RuleHit>;

/** A finding the rules read but did not count, and the context cue that lowered it. */
export const LoweredFinding = z.object({
  finding: z.string(),
  matched: z.string(),
  kind: z.enum(['negated', 'historical', 'hypothetical']),
  cue: z.string(),
});
export type LoweredFinding = z.infer<typeof LoweredFinding>;

/** What the rule engine says of a message: the most urgent hit's acuity (5 when none). */
export const RuleVerdict = z.object({
  acuity: Acuity,
  hits: z.array(RuleHit),
  lowered: z.array(LoweredFinding),
  rationale: z.string(),
});
export type RuleVerdict = z.infer<typeof RuleVerdict>;
