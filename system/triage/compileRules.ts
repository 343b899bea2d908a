import type { Acuity } from '../domain/acuity.js';
import type { RedFlagFamily } from './redFlagFamily.js';
import type { RedFlagRule } from './redFlagRules.js';
import { wordMatcher } from './wordMatcher.js';

/** A phrase as the ids of its words, matched against consecutive tokens. */
export type CompiledTerm = readonly number[];

/** A pattern whose concepts are lists of alternative terms; `id` indexes per-message state. */
export type CompiledPattern = {
  readonly id: number;
  readonly concepts: readonly (readonly CompiledTerm[])[];
  readonly within: number;
  readonly ordered: boolean;
};

/** A family's rule, ready to run. */
export type CompiledRule = {
  readonly family: RedFlagFamily;
  readonly acuity: Acuity;
  readonly patterns: readonly CompiledPattern[];
};

/** Rules with their indexes, built once per rule set. */
export type CompiledRules = {
  readonly rules: readonly CompiledRule[];
  readonly patternCount: number;
  /** The ids of the rule words a token matches (see `wordMatcher`). */
  readonly wordsOf: (token: string) => readonly number[];
  /** For a word id, the (pattern id, concept index) pairs with a term that starts with it. */
  readonly startsOf: ReadonlyMap<number, readonly (readonly [number, number])[]>;
};

/** Most concepts a pattern may have: their presence is tracked as bits of one integer. */
export const MAX_CONCEPTS = 30;

/**
 * Turns rule data into indexed patterns.
 * WARNING: throws on malformed rule data (see `wordMatcher`, and more than MAX_CONCEPTS).
 */
export function compileRules(rules: readonly RedFlagRule[]): CompiledRules {
  const words = wordMatcher();
  const startsOf = new Map<number, [number, number][]>();
  let patternCount = 0;
  const compiled = rules.map((rule) => ({
    family: rule.family,
    acuity: rule.acuity,
    patterns: rule.patterns.map((pattern) => {
      if (pattern.all.length > MAX_CONCEPTS) throw new Error(`red-flag pattern too wide`);
      const id = patternCount++;
      const concepts = pattern.all.map((concept, c) =>
        concept.split('|').map((term) => {
          const ids = term.trim().split(/\s+/).map(words.intern);
          // Stryker disable next-line ArrayDeclaration: a junk entry names no pattern and sets no bit
          const list = startsOf.get(ids[0]!) ?? [];
          // Stryker disable next-line ConditionalExpression,ArrowFunction: a (pattern, concept) pair listed twice sets the same bit twice
          if (!list.some(([p, k]) => p === id && k === c)) list.push([id, c]);
          startsOf.set(ids[0]!, list);
          return ids;
        }),
      );
      return { id, concepts, within: pattern.within ?? 0, ordered: pattern.ordered ?? false };
    }),
  }));
  return { rules: compiled, patternCount, wordsOf: words.wordsOf, startsOf };
}
