import { z } from 'zod';
import { Acuity } from '../domain/acuity.js';
import { RedFlagFamily } from './redFlagFamily.js';

/** One red-flag family the rules found in a message, with the words that matched it. */
export const RuleHit = z.object({
  family: RedFlagFamily,
  acuity: Acuity,
  matched: z.string(),
});
export type RuleHit = z.infer<typeof RuleHit>;

/** What the rule engine says of a message: the most urgent hit's acuity (5 when none). */
export const RuleVerdict = z.object({
  acuity: Acuity,
  hits: z.array(RuleHit),
  rationale: z.string(),
});
export type RuleVerdict = z.infer<typeof RuleVerdict>;
