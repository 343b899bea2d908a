import { z } from 'zod';

/**
 * The relations metamorphic triage must keep (issue 15.4). Each names how a follow-up message
 * is made from a red-flag statement, and what its urgency must be against the source's.
 */
export const RELATIONS = [
  'pad',
  'bury',
  'third_person',
  'typo',
  'lookalike',
  'invisible',
  'negated',
  'past',
  'family_history',
  'hypothetical',
  'negated_beside_flag',
  'join',
  'monotone',
] as const;
export type Relation = (typeof RELATIONS)[number];

const index = z.number().int().min(0);

/**
 * One metamorphic test: a relation, the statement it starts from, and the seeds of its
 * follow-up (other statements, a relative, benign sentences, where and how to disguise).
 * Every field shrinks toward 0 or empty, i.e. toward the plainest follow-up.
 */
export const MetamorphicStep = z.object({
  relation: z.enum(RELATIONS),
  statement: index,
  others: z.array(index).max(3),
  relative: index,
  benign: z.array(index).max(40),
  at: index,
  edits: z.array(index).max(8),
});
export type MetamorphicStep = z.infer<typeof MetamorphicStep>;
