import type { Acuity } from '../domain/acuity.js';
import type { RedFlagPattern } from './RedFlagPattern.js';
import type { RedFlagFamily } from './redFlagFamily.js';

/**
 * A red-flag family at one acuity, raised by any one of its local patterns (words in one
 * sentence) or of its combinations of findings (each finding anywhere in the message). Why
 * only acuity 1 or 2: a red flag is an emergency by definition, so a hit escalates by its
 * acuity alone.
 */
export type RedFlagRule = {
  readonly family: RedFlagFamily;
  readonly acuity: Extract<Acuity, 1 | 2>;
  readonly patterns?: readonly RedFlagPattern[];
  /** Lists of finding ids: the rule holds when every finding of one list is present. */
  readonly when?: readonly (readonly string[])[];
};

/** A clinical finding: a named local pattern, read with its context, that rules combine. */
export type Finding = {
  readonly id: string;
  readonly patterns: readonly RedFlagPattern[];
  /**
   * Whether the finding sets the scene for others (a head injury, an infection, a pregnancy,
   * a swallowed substance): told in the past it still counts, since what follows from it is
   * now; only a negation or a hypothesis lowers it. An `event` (an injury, a swallowed
   * substance) told with a distant year is lowered too ("i banged my head in 2016"); a
   * condition (no spleen, a pregnancy) is never over because it began long ago.
   */
  readonly antecedent?: boolean | 'event';
  /**
   * Whether a condition the writer sets on their own act still counts ("if this doesn't work
   * I'll end it"): a conditional threat threatens, it does not ask.
   */
  readonly conditionalCounts?: boolean | 'always';
};

/** A family's knowledge: the findings it names and the rules that combine them. */
export type FamilyDefinition = {
  readonly findings: readonly Finding[];
  readonly rules: readonly RedFlagRule[];
};
